// The shape every rule reports in: enough to print an official-style stage table and to
// explain each decision (who moved, why, and how a tie was settled).

export type RuleName = 'scottish' | 'meek' | 'ers97';

export const RULE_NAMES: readonly RuleName[] = ['scottish', 'meek', 'ers97'];

export interface ReservedMinimum {
  tag: string;
  count: number;
}

export interface CountOptions {
  rule?: RuleName;
  /** "At least `count` elected with `tag`"; any number, tags may overlap. */
  minima?: readonly ReservedMinimum[];
  /** Tags of each candidate, by 0-based candidate position. */
  tags?: readonly (readonly string[])[];
  /** Seed for the drawing of lots, so a recount gives the same result. */
  seed?: number;
}

export type TieBreak = 'previous stage' | 'lot';

export type StageEvent =
  | { kind: 'first preferences' }
  | {
      kind: 'surplus';
      candidate: number;
      reason: 'largest surplus';
      surplus: number;
      tieBrokenBy?: TieBreak;
    }
  | {
      kind: 'exclusion';
      candidate: number;
      reason: 'lowest votes' | 'minimum' | 'seats filled';
      tieBrokenBy?: TieBreak;
    }
  | {
      kind: 'elected';
      candidate: number;
      reason: 'quota' | 'remaining vacancies' | 'minimum';
      tieBrokenBy?: TieBreak;
    }
  | {
      kind: 'minimum';
      tag: string;
      count: number;
      candidate: number;
      action: 'excluded' | 'elected';
      reason: 'would block the minimum' | 'needed to fill the minimum';
    }
  | { kind: 'minimum unattainable'; tag: string; count: number; attainable: number }
  | { kind: 'keep factors'; iterations: number; converged: boolean };

export interface Stage {
  /** 0 is the count of first preferences; each later stage is one transfer. */
  number: number;
  /** Votes per candidate (0-based positions) after this stage's transfer. */
  votes: number[];
  nonTransferable: number;
  /** Fractions lost by truncating transfer values; not papers, so not non-transferable. */
  lostToRounding: number;
  quota: number;
  /** The same figures as fixed-decimal text, exact to the rule's last digit. */
  exact: { votes: string[]; nonTransferable: string; lostToRounding: string; quota: string };
  elected: number[];
  excluded: number[];
  events: StageEvent[];
}

export interface CountResult {
  rule: RuleName;
  title: string;
  seats: number;
  candidates: readonly string[];
  withdrawn: readonly number[];
  /** Decimal places the rule counts in. */
  decimals: number;
  validVotes: number;
  /** The quota at the first stage (Meek lowers it as votes exhaust; see each stage). */
  quota: number;
  exactQuota: string;
  elected: number[];
  excluded: number[];
  stages: Stage[];
  minima: readonly ReservedMinimum[];
}
