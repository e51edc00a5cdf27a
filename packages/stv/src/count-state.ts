// The state every rule shares: who is continuing, elected or excluded, each candidate's
// votes in exact units, the non-transferable total, and the stage records. Rules decide
// what to do; this class only keeps the books, so every rule reports the same way.

import {
  type CountOptions,
  type CountResult,
  type RuleName,
  type Stage,
  type StageEvent,
} from './count-result';
import { type Election } from './election';
import { type FixedPoint, formatUnits, unitsToNumber } from './fixed-point';
import { MinimaGuard } from './minima';
import { Lot } from './tie-break';

export type Status = 'continuing' | 'elected' | 'excluded' | 'withdrawn';

/** One group of identical papers: `count` papers, each now worth `value` units. */
export interface Paper {
  readonly count: bigint;
  readonly preferences: readonly number[];
  /** Index in `preferences` of the candidate now holding the paper. */
  at: number;
  value: bigint;
}

/** Papers a candidate received in one transfer (ERS97 transfers surpluses parcel by parcel). */
export interface Parcel {
  readonly stage: number;
  readonly value: bigint;
  readonly papers: Paper[];
}

export class CountState {
  readonly status: Status[];
  readonly votes: bigint[];
  readonly piles: Parcel[][];
  nonTransferable = 0n;
  lostToRounding = 0n;
  quota = 0n;
  readonly validUnits: bigint;
  readonly elected: number[] = [];
  readonly excluded: number[] = [];
  readonly stages: Stage[] = [];
  /** Votes at every stage, for looking back when breaking ties. */
  readonly history: bigint[][] = [];
  readonly lot: Lot;
  readonly guard: MinimaGuard;
  /** Candidates a reserved minimum kept out, so the reason is noted once. */
  readonly passedOver = new Set<number>();

  constructor(
    readonly rule: RuleName,
    readonly election: Election,
    readonly fp: FixedPoint,
    options: CountOptions,
  ) {
    const n = election.candidates.length;
    this.status = election.candidates.map((_, c) =>
      election.withdrawn.includes(c) ? 'withdrawn' : 'continuing',
    );
    this.votes = new Array<bigint>(n).fill(0n);
    this.piles = election.candidates.map(() => []);
    this.lot = new Lot(options.seed ?? 0);
    const first: Paper[][] = election.candidates.map(() => []);
    const held = new Array<bigint>(n).fill(0n);
    let valid = 0n;
    for (const ballot of election.ballots) {
      const paper: Paper = {
        count: BigInt(ballot.weight),
        preferences: ballot.preferences,
        at: 0,
        value: fp.one,
      };
      const holder = this.advance(paper);
      // A paper with no valid preference is not a valid vote: it never counts toward the quota.
      if (holder < 0) continue;
      valid += paper.count;
      first[holder].push(paper);
      held[holder] += paper.count;
    }
    held.forEach((papers, c) => (this.votes[c] = papers * fp.one));
    first.forEach((papers, c) => {
      if (papers.length > 0) this.piles[c].push({ stage: 0, value: fp.one, papers });
    });
    this.validUnits = valid * fp.one;
    this.guard = new MinimaGuard(
      options.minima ?? [],
      options.tags ?? [],
      election.seats,
      this.continuing(),
    );
  }

  get vacancies(): number {
    return this.election.seats - this.elected.length;
  }

  continuing(): number[] {
    const continuing: number[] = [];
    for (let c = 0; c < this.status.length; c += 1)
      if (this.status[c] === 'continuing') continuing.push(c);
    return continuing;
  }

  /** Moves a paper on to its next continuing preference; -1 when it has none left. */
  advance(paper: Paper): number {
    while (paper.at < paper.preferences.length) {
      const c = paper.preferences[paper.at];
      if (this.status[c] === 'continuing') return c;
      paper.at += 1;
    }
    return -1;
  }

  /** Next continuing preference after the current holder. */
  passOn(paper: Paper): number {
    paper.at += 1;
    return this.advance(paper);
  }

  /** Credits transferred papers (already revalued) to their next preferences. */
  transfer(papers: readonly Paper[], stage: number): void {
    // ERS97 needs parcels of one value; Scottish ignores parcels, so grouping by value costs
    // nothing, and each parcel's votes are its papers times its value, one product per parcel.
    // A transfer carries few distinct values, so each candidate's parcels are searched in turn.
    const received: Parcel[][] = [];
    for (const paper of papers) {
      const next = this.passOn(paper);
      if (next < 0) {
        this.nonTransferable += paper.count * paper.value;
        continue;
      }
      const parcels = (received[next] ??= []);
      const parcel = parcels.find((p) => p.value === paper.value);
      if (parcel) parcel.papers.push(paper);
      else parcels.push({ stage, value: paper.value, papers: [paper] });
    }
    received.forEach((parcels, c) => {
      for (const parcel of parcels) {
        let count = 0n;
        for (const paper of parcel.papers) count += paper.count;
        this.votes[c] += count * parcel.value;
        this.piles[c].push(parcel);
      }
    });
  }

  allPapers(candidate: number): Paper[] {
    const papers: Paper[] = [];
    for (const parcel of this.piles[candidate])
      for (const paper of parcel.papers) papers.push(paper);
    return papers;
  }

  /** Records the figures after a transfer as a new stage, opened by `event`. */
  recordStage(event: StageEvent): Stage {
    const fp = this.fp;
    const stage: Stage = {
      number: this.stages.length,
      votes: this.votes.map((v) => unitsToNumber(fp, v)),
      nonTransferable: unitsToNumber(fp, this.nonTransferable),
      lostToRounding: unitsToNumber(fp, this.lostToRounding),
      quota: unitsToNumber(fp, this.quota),
      exact: {
        votes: this.votes.map((v) => formatUnits(fp, v)),
        nonTransferable: formatUnits(fp, this.nonTransferable),
        lostToRounding: formatUnits(fp, this.lostToRounding),
        quota: formatUnits(fp, this.quota),
      },
      elected: [],
      excluded: [],
      events: [event],
    };
    this.stages.push(stage);
    this.history.push([...this.votes]);
    return stage;
  }

  private get current(): Stage {
    const stage = this.stages[this.stages.length - 1];
    if (!stage) throw new Error('no stage has been recorded yet');
    return stage;
  }

  note(event: StageEvent): void {
    this.current.events.push(event);
  }

  elect(candidate: number, event: Extract<StageEvent, { kind: 'elected' }>): void {
    this.status[candidate] = 'elected';
    this.elected.push(candidate);
    this.current.elected.push(candidate);
    this.current.events.push(event);
  }

  /** Marks a candidate excluded; the rule moves the papers and records the stage. */
  exclude(candidate: number): void {
    this.status[candidate] = 'excluded';
    this.excluded.push(candidate);
  }

  /** Marks the exclusion in the stage just recorded (the stage that moved the papers). */
  markExcludedInStage(candidate: number): void {
    this.current.excluded.push(candidate);
  }

  /** Once the seats are filled, everyone still continuing has lost, in candidate order. */
  closeCount(): void {
    for (const c of this.continuing()) {
      this.exclude(c);
      this.markExcludedInStage(c);
      this.note({ kind: 'exclusion', candidate: c, reason: 'seats filled' });
    }
  }

  result(): CountResult {
    return {
      rule: this.rule,
      title: this.election.title,
      seats: this.election.seats,
      candidates: this.election.candidates,
      withdrawn: this.election.withdrawn,
      decimals: this.fp.decimals,
      validVotes: unitsToNumber(this.fp, this.validUnits),
      quota: this.stages[0]?.quota ?? 0,
      exactQuota: this.stages[0]?.exact.quota ?? formatUnits(this.fp, this.quota),
      elected: [...this.elected],
      excluded: [...this.excluded],
      stages: this.stages,
      minima: this.guard.minima,
    };
  }
}
