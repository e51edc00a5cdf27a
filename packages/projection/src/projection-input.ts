// What a projection takes: the region's count (seats, rule, reserved minima, candidates),
// the pledges heard on the phones grouped by identical answers, and the coordinator's
// assumptions about everyone else. Candidates and slates are referred to by id.

import type { ReservedMinimum, RuleName } from '@phonebank/stv';

export type PledgeStatusName = 'PLEDGED' | 'LEANING' | 'UNDECIDED' | 'AGAINST' | 'NOT_VOTING';

export interface ProjectionCandidate {
  id: string;
  name: string;
  slateId: string | null;
  tags: readonly string[];
}

export interface ProjectionSlate {
  id: string;
  name: string;
  ours: boolean;
}

/** Members whose latest pledges have the same status and ranking (candidate ids). */
export interface PledgeGroup {
  status: PledgeStatusName;
  ranking: readonly string[];
  count: number;
}

export interface SlateAssumption {
  slateId: string;
  /** Share (0..1) of the first preferences of voters we have no pledge from. */
  share: number;
  /** Chance (0..1) that such a voter's next preference stays with the same slate. */
  loyalty: number;
}

export interface ProjectionAssumptions {
  /** 0..1 of the members we have no usable pledge from who vote. */
  turnout: number;
  /** 0..1: chance a PLEDGED member (or an AGAINST one who gave a ranking) votes as pledged. */
  pledgeReliability: number;
  /** 0..1: the same for LEANING. */
  leaningReliability: number;
  /** 0..1: spread of random variation between simulations; 0 = every simulation is the central one. */
  variation: number;
  /** Slates not listed share what the listed shares leave, equally. */
  slates: readonly SlateAssumption[];
}

export interface ProjectionInput {
  seats: number;
  rule: RuleName;
  minima: readonly ReservedMinimum[];
  candidates: readonly ProjectionCandidate[];
  slates: readonly ProjectionSlate[];
  /** Members who may vote in the region (callable members), pledged or not. */
  electorate: number;
  pledges: readonly PledgeGroup[];
  assumptions: ProjectionAssumptions;
  simulations: number;
  seed: number;
}

export const DEFAULT_ASSUMPTIONS: ProjectionAssumptions = {
  turnout: 0.3,
  pledgeReliability: 0.9,
  leaningReliability: 0.6,
  variation: 0.1,
  slates: [],
};
