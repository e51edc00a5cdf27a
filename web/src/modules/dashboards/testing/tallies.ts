import {
  type RegionCardFieldsFragment,
  type RegionTallyFieldsFragment,
} from '../../../gql/graphql';
import { servedAs } from './served-as';

const slate = (id: string, name: string, colour: string, ours: boolean) => ({
  __typename: 'Slate' as const,
  id,
  name,
  colour,
  ours,
});
export const LEFT = slate('s-left', 'Left Slate', '#d62828', true);
export const OTHER = slate('s-other', 'Other Slate', '#1d4f91', false);

const candidate = (id: string, name: string, ofSlate: ReturnType<typeof slate>) => ({
  __typename: 'Candidate' as const,
  id,
  name,
  slate: ofSlate,
});
export const TALLY_ANN = candidate('c-ann', 'Ann Ours', LEFT);
export const TALLY_RIA = candidate('c-ria', 'Ria Rival', OTHER);

export const REGION = {
  __typename: 'Region' as const,
  id: 'r-le',
  electionId: 'e-1',
  code: 'LE',
  name: 'London & Eastern',
  seats: 6,
  candidates: [TALLY_ANN, TALLY_RIA],
};

const counted = (of: typeof TALLY_ANN, count: number) => ({
  __typename: 'CandidateCount' as const,
  candidate: of,
  count,
});

/** LE with Ann on `annFirst` first preferences, counted at `countedAt`. */
export function regionTally(annFirst: number, countedAt: string) {
  return servedAs<RegionTallyFieldsFragment>()({
    __typename: 'RegionTally' as const,
    region: REGION,
    members: 900,
    called: 60,
    reached: 47,
    pledged: 21,
    quota: 12,
    countedAt,
    secondPreferenceAgreed: 3,
    ballotsReceived: 12,
    voted: 5,
    firstPreferences: [counted(TALLY_ANN, annFirst), counted(TALLY_RIA, 8)],
    pledgeStatuses: [
      { __typename: 'PledgeStatusCount' as const, status: 'PLEDGED' as const, count: 21 },
    ],
    secondPreferences: [
      { __typename: 'SecondPreferenceAnswerCount' as const, answer: 'AGREED' as const, count: 3 },
    ],
    secondPreferenceCandidates: [counted(TALLY_ANN, 3)],
    transfers: [
      {
        __typename: 'PreferenceTransfer' as const,
        count: 4,
        from: { __typename: 'Candidate' as const, id: 'c-ria' },
        to: { __typename: 'Candidate' as const, id: 'c-ann' },
      },
    ],
    days: [
      {
        __typename: 'DailyCallActivity' as const,
        day: '2026-03-02',
        calls: 60,
        reached: 47,
        pledged: 21,
      },
    ],
    volunteers: [
      {
        __typename: 'VolunteerCallActivity' as const,
        calls: 60,
        reached: 47,
        pledged: 21,
        lastCallAt: '2026-03-02T19:00:00.000Z',
        volunteer: { __typename: 'User' as const, id: 'u-vol', name: 'Val Volunteer' },
      },
    ],
  });
}

/** A region's card on the overview: `pledged` pledges, counted at `countedAt`. */
export function regionCard(pledged: number, countedAt: string, region = REGION) {
  return servedAs<RegionCardFieldsFragment>()({
    __typename: 'RegionTally' as const,
    region: {
      __typename: 'Region' as const,
      id: region.id,
      electionId: region.electionId,
      code: region.code,
      name: region.name,
      seats: region.seats,
    },
    members: 900,
    called: 60,
    reached: 47,
    pledged,
    quota: 30,
    countedAt,
  });
}
