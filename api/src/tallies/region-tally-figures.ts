import { PledgeStatus, SecondPreferenceAnswer } from '@phonebank/domain';

import type { Candidate } from '../elections/candidate.entity';
import type { Region } from '../elections/region.entity';
import type { User } from '../users/user.entity';
import { CandidateMeasure } from './candidate-tally.entity';
import type { RegionTallyModel } from './tallies.models';

/** REGION_COUNTS_SQL's row. */
export interface RegionCountsRow {
  members: number;
  called: number;
  reached: number;
  pledged: number;
  leaning: number;
  undecided: number;
  against: number;
  not_voting: number;
  second_not_asked: number;
  second_agreed: number;
  second_declined: number;
  second_unsure: number;
  ballots_received: number;
  voted: number;
}

/** CANDIDATE_COUNTS_SQL's rows. */
export interface CandidateCountRow {
  measure: CandidateMeasure;
  candidate_id: string;
  next_candidate_id: string | null;
  count: number;
}

/** DAY_ACTIVITY_SQL's rows. */
export interface DayActivityRow {
  day: string;
  calls: number;
  reached: number;
  pledged: number;
}

/** VOLUNTEER_ACTIVITY_SQL's rows, their volunteer made a User. */
export interface VolunteerActivity {
  volunteer: User;
  calls: number;
  reached: number;
  pledged: number;
  last_call_at: Date;
}

export interface RegionTallyFigures {
  /** With its candidates (and their slates) in the region's order. */
  region: Region;
  counts: RegionCountsRow;
  candidateCounts: CandidateCountRow[];
  days: DayActivityRow[];
  volunteers: VolunteerActivity[];
  countedAt: Date;
}

const STATUS_COLUMNS: Record<PledgeStatus, keyof RegionCountsRow> = {
  [PledgeStatus.PLEDGED]: 'pledged',
  [PledgeStatus.LEANING]: 'leaning',
  [PledgeStatus.UNDECIDED]: 'undecided',
  [PledgeStatus.AGAINST]: 'against',
  [PledgeStatus.NOT_VOTING]: 'not_voting',
};

const ANSWER_COLUMNS: Record<SecondPreferenceAnswer, keyof RegionCountsRow> = {
  [SecondPreferenceAnswer.NOT_ASKED]: 'second_not_asked',
  [SecondPreferenceAnswer.AGREED]: 'second_agreed',
  [SecondPreferenceAnswer.DECLINED]: 'second_declined',
  [SecondPreferenceAnswer.UNSURE]: 'second_unsure',
};

function countsBy(rows: CandidateCountRow[], measure: CandidateMeasure): Map<string, number> {
  return new Map(
    rows.filter((row) => row.measure === measure).map((row) => [row.candidate_id, row.count]),
  );
}

/**
 * The transfer matrix's cells in the region's candidate order, exhaustion last. A candidate
 * deleted since (still in old rankings) is left out.
 */
function transfers(
  candidates: Candidate[],
  rows: CandidateCountRow[],
): RegionTallyModel['transfers'] {
  const order = new Map(candidates.map((candidate, index) => [candidate.id, index]));
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const rank = (id: string | null) => (id === null ? candidates.length : (order.get(id) ?? -1));
  return rows
    .filter((row) => row.measure === CandidateMeasure.TRANSFER)
    .filter((row) => byId.has(row.candidate_id) && rank(row.next_candidate_id) >= 0)
    .sort(
      (a, b) =>
        rank(a.candidate_id) - rank(b.candidate_id) ||
        rank(a.next_candidate_id) - rank(b.next_candidate_id),
    )
    .map((row) => ({
      from: byId.get(row.candidate_id) as Candidate,
      to: row.next_candidate_id === null ? null : (byId.get(row.next_candidate_id) as Candidate),
      count: row.count,
    }));
}

/** A region's tally from what the tally statements read. */
export function regionTallyFigures(figures: RegionTallyFigures): RegionTallyModel {
  const { region, counts, candidateCounts } = figures;
  const candidates = region.candidates;
  const firsts = countsBy(candidateCounts, CandidateMeasure.FIRST_PREFERENCE);
  const agreed = countsBy(candidateCounts, CandidateMeasure.SECOND_PREFERENCE_AGREED);
  return {
    region,
    members: counts.members,
    called: counts.called,
    reached: counts.reached,
    pledged: counts.pledged,
    firstPreferences: candidates.map((candidate) => ({
      candidate,
      count: firsts.get(candidate.id) ?? 0,
    })),
    secondPreferenceAgreed: counts.second_agreed,
    pledgeStatuses: Object.values(PledgeStatus).map((status) => ({
      status,
      count: counts[STATUS_COLUMNS[status]],
    })),
    secondPreferences: Object.values(SecondPreferenceAnswer).map((answer) => ({
      answer,
      count: counts[ANSWER_COLUMNS[answer]],
    })),
    secondPreferenceCandidates: candidates
      .filter((candidate) => candidate.slate?.ours || agreed.has(candidate.id))
      .map((candidate) => ({ candidate, count: agreed.get(candidate.id) ?? 0 })),
    ballotsReceived: counts.ballots_received,
    voted: counts.voted,
    transfers: transfers(candidates, candidateCounts),
    days: figures.days,
    volunteers: figures.volunteers.map((row) => ({
      volunteer: row.volunteer,
      calls: row.calls,
      reached: row.reached,
      pledged: row.pledged,
      lastCallAt: row.last_call_at.toISOString(),
    })),
    countedAt: figures.countedAt.toISOString(),
  };
}
