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
import { type Parcel, Papers, type Routing } from './papers';
import { Lot } from './tie-break';

export type Status = 'continuing' | 'elected' | 'excluded' | 'withdrawn';

export class CountState {
  readonly status: Status[];
  readonly votes: bigint[];
  /** The parcels each candidate holds; the papers themselves are kept in `papers`. */
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
  private readonly papers: Papers;
  /** 1 for a continuing candidate: `status` as the paper routing reads it. */
  private readonly isContinuing: Uint8Array;

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
    this.isContinuing = Uint8Array.from(this.status, (s) => (s === 'continuing' ? 1 : 0));
    this.votes = new Array<bigint>(n).fill(0n);
    this.piles = election.candidates.map(() => []);
    this.lot = new Lot(options.seed ?? 0);
    this.papers = new Papers(election.ballots, n);
    const first = this.papers.route([this.papers.all()], this.isContinuing);
    // A paper with no valid preference is not a valid vote: it never counts toward the quota.
    const valid = first.weights.reduce((sum, weight) => sum + weight, 0);
    this.receive(first, fp.one, 0);
    this.validUnits = BigInt(valid) * fp.one;
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

  /** Moves the parcels' papers on to their next continuing preferences, crediting nobody yet. */
  route(parcels: readonly Parcel[]): Routing {
    return this.papers.route(
      parcels.map((parcel) => parcel.papers),
      this.isContinuing,
    );
  }

  /** Credits routed papers, each worth `value`, to their new holders as a parcel each. */
  receive(routing: Routing, value: bigint, stage: number): void {
    routing.received.forEach((papers, c) => {
      if (!papers) return;
      const weight = routing.weights[c];
      this.votes[c] += BigInt(weight) * value;
      this.piles[c].push({ stage, value, papers, weight });
    });
  }

  /** Moves parcels' papers, each worth `value`, to their next preferences; the rest exhaust. */
  transfer(parcels: readonly Parcel[], value: bigint, stage: number): void {
    const routing = this.route(parcels);
    this.receive(routing, value, stage);
    this.nonTransferable += BigInt(routing.exhausted) * value;
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
    this.isContinuing[candidate] = 0;
    this.elected.push(candidate);
    this.current.elected.push(candidate);
    this.current.events.push(event);
  }

  /** Marks a candidate excluded; the rule moves the papers and records the stage. */
  exclude(candidate: number): void {
    this.status[candidate] = 'excluded';
    this.isContinuing[candidate] = 0;
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
