// Who votes and how, in the terms the simulations draw from. Members fall into three kinds:
//
// - Pledges with a ranking (PLEDGED, LEANING, and AGAINST members who told us how they
//   will rank): each votes that ranking with the status's reliability (AGAINST takes
//   the pledge reliability).
// - Pledges without a ranking: PLEDGED and LEANING members vote for our slate, AGAINST
//   members for the others, each ranking as the slate's voters do (below), again with
//   the status's reliability.
// - Everyone else: members with no pledge, UNDECIDED members (a ranking they gave is not
//   a promise), and pledged members who do not keep their pledge. They vote with the
//   turnout, their first preference going to the slates by share.
//
// NOT_VOTING members never vote. A slate voter's first preference is spread evenly over
// the slate's candidates and next preferences follow the slate's loyalty, the ballot
// stopping when it leaves the slate (see slateBallotKinds): we know nothing about how
// voters we have not spoken to cross over, and the rankings pledges gave carry the
// crossings we do know. A candidate with no slate is a slate of one.
//
// Shares: listed slates take their share; slates not listed (and candidates with no
// slate) share what is left equally; the whole is then scaled to 1, so listed shares
// adding to less than 1 with nobody else standing are taken as proportions.

import { type Election } from '@phonebank/stv';

import { BallotKinds, type KindChance, slateBallotKinds } from './ballot-kinds';
import { type PledgeStatusName, type ProjectionInput } from './projection-input';

/** Loyalty of a slate the coordinator gave no assumption for. */
export const DEFAULT_LOYALTY = 0.8;

export type Reliability = 'pledge' | 'leaning';

export interface Party {
  /** 0-based candidate positions, in input order. */
  candidates: number[];
  ours: boolean;
  /** Share of the first preferences of voters without a pledge; shares add up to 1. */
  share: number;
  kinds: KindChance[];
}

export interface ElectorateModel {
  kinds: BallotKinds;
  parties: Party[];
  ranked: { kind: number; members: number; reliability: Reliability }[];
  unranked: { members: number; reliability: Reliability; side: 'ours' | 'others' }[];
  /** Members with no usable pledge: the turnout applies to them. */
  unknown: number;
  /** The count everything is counted with, minus the ballots. */
  election: Omit<Election, 'ballots'>;
  tags: string[][];
}

const RELIABILITY: Partial<Record<PledgeStatusName, Reliability>> = {
  PLEDGED: 'pledge',
  LEANING: 'leaning',
  AGAINST: 'pledge',
};

export function buildElectorateModel(input: ProjectionInput): ElectorateModel {
  const position = new Map(input.candidates.map((c, i) => [c.id, i]));
  const kinds = new BallotKinds();
  const parties = buildParties(input, kinds);

  const ranked = new Map<string, ElectorateModel['ranked'][number]>();
  const unranked: ElectorateModel['unranked'] = [];
  let unknown = input.electorate;
  for (const group of input.pledges) {
    unknown -= group.count;
    const reliability = RELIABILITY[group.status];
    if (group.status === 'UNDECIDED') unknown += group.count;
    if (!reliability || group.count === 0) continue;
    if (group.ranking.length === 0) {
      const side = group.status === 'AGAINST' ? 'others' : 'ours';
      unranked.push({ members: group.count, reliability, side });
      continue;
    }
    const kind = kinds.intern(group.ranking.map((id) => position.get(id) ?? -1));
    const key = `${kind}:${reliability}`;
    const same = ranked.get(key);
    if (same) same.members += group.count;
    else ranked.set(key, { kind, members: group.count, reliability });
  }

  return {
    kinds,
    parties,
    ranked: [...ranked.values()],
    unranked,
    unknown,
    election: {
      title: 'projection',
      seats: input.seats,
      candidates: input.candidates.map((c) => c.name),
      withdrawn: [],
    },
    tags: input.candidates.map((c) => [...c.tags]),
  };
}

function buildParties(input: ProjectionInput, kinds: BallotKinds): Party[] {
  const assumed = new Map(input.assumptions.slates.map((s) => [s.slateId, s]));
  const ours = new Set(input.slates.filter((s) => s.ours).map((s) => s.id));
  const bySlate = new Map<string, number[]>();
  const members: { slateId: string | null; candidates: number[] }[] = [];
  input.candidates.forEach((candidate, c) => {
    if (candidate.slateId === null) {
      members.push({ slateId: null, candidates: [c] });
      return;
    }
    const list = bySlate.get(candidate.slateId);
    if (list) list.push(c);
    else {
      const created = [c];
      bySlate.set(candidate.slateId, created);
      members.push({ slateId: candidate.slateId, candidates: created });
    }
  });

  const listed = members.filter((m) => m.slateId !== null && assumed.has(m.slateId));
  const given = listed.reduce((sum, m) => sum + (assumed.get(m.slateId ?? '')?.share ?? 0), 0);
  const others = members.length - listed.length;
  const leftover = others > 0 ? Math.max(0, 1 - given) / others : 0;
  const raw = members.map((m) =>
    m.slateId !== null && assumed.has(m.slateId) ? (assumed.get(m.slateId)?.share ?? 0) : leftover,
  );
  const total = raw.reduce((sum, s) => sum + s, 0);

  return members.map((m, p) => ({
    candidates: m.candidates,
    ours: m.slateId !== null && ours.has(m.slateId),
    share: total > 0 ? raw[p] / total : 1 / members.length,
    kinds: slateBallotKinds(
      kinds,
      m.candidates,
      (m.slateId === null ? undefined : assumed.get(m.slateId)?.loyalty) ?? DEFAULT_LOYALTY,
    ),
  }));
}

/** Slate shares for voters on one side: ours, the others, or (undefined) everyone. */
export function sideShares(
  parties: readonly Party[],
  shares: readonly number[],
  side?: 'ours' | 'others',
): number[] {
  if (side === undefined) return [...shares];
  const onSide = parties.map((p) => p.ours === (side === 'ours'));
  // Nobody standing on that side: such voters vote like everyone else.
  if (!onSide.some(Boolean)) return [...shares];
  const kept = shares.map((s, p) => (onSide[p] ? s : 0));
  if (kept.some((s) => s > 0)) return kept;
  return onSide.map((on) => (on ? 1 : 0));
}
