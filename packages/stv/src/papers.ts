// Where every paper is during a count. Papers live in flat typed arrays rather than an
// object each: a million papers are a few megabytes of numbers that a transfer walks in
// order, with nothing allocated per paper. A paper carries no value of its own: the rules
// move a parcel's papers at one value, so values belong to parcels, and a transfer values
// each destination's papers once (their number times the value) instead of paper by paper.

import { type Ballot } from './election';

/** Papers a candidate received in one transfer, each now worth `value` units. */
export interface Parcel {
  readonly stage: number;
  readonly value: bigint;
  /** Positions of the papers in the count's `Papers`. */
  readonly papers: Int32Array;
  /** How many papers these are: a ballot of weight w stands for w identical papers. */
  readonly weight: number;
}

/** Where papers went on a transfer, before anyone is credited with them. */
export interface Routing {
  /** The papers each candidate now holds; undefined for a candidate who received none. */
  readonly received: readonly (Int32Array | undefined)[];
  /** Their weight, by candidate. */
  readonly weights: Float64Array;
  /** The weight of the papers with no continuing preference left. */
  readonly exhausted: number;
}

export class Papers {
  /** Every ballot's preferences, one ballot after another. */
  private readonly preferences: Int32Array;
  /** Where each ballot's preferences end in `preferences`. */
  private readonly ends: Int32Array;
  /**
   * Position in `preferences` of the candidate holding each paper; before the first routing,
   * the position just before the paper's first preference.
   */
  private readonly at: Int32Array;
  /** How many identical papers each ballot stands for. */
  private readonly weights: Float64Array;

  constructor(
    ballots: readonly Ballot[],
    private readonly candidates: number,
  ) {
    let length = 0;
    for (const ballot of ballots) length += ballot.preferences.length;
    this.preferences = new Int32Array(length);
    this.ends = new Int32Array(ballots.length);
    this.at = new Int32Array(ballots.length);
    this.weights = new Float64Array(ballots.length);
    let end = 0;
    for (let p = 0; p < ballots.length; p += 1) {
      const { preferences, weight } = ballots[p];
      this.at[p] = end - 1;
      for (const c of preferences) this.preferences[end++] = c;
      this.ends[p] = end;
      this.weights[p] = weight;
    }
  }

  /** Every paper, in ballot order: what the first preferences are counted from. */
  all(): Int32Array {
    const papers = new Int32Array(this.ends.length);
    for (let p = 0; p < papers.length; p += 1) papers[p] = p;
    return papers;
  }

  /** Moves each paper on to its next preference who is `continuing` (1 by candidate). */
  route(groups: readonly Int32Array[], continuing: Uint8Array): Routing {
    const { preferences, ends, at, weights } = this;
    // First how many papers each candidate receives, then their papers into arrays that size.
    const sizes = new Int32Array(this.candidates);
    const receivedWeights = new Float64Array(this.candidates);
    let exhausted = 0;
    for (const papers of groups) {
      for (const p of papers) {
        const end = ends[p];
        let position = at[p] + 1;
        while (position < end && continuing[preferences[position]] === 0) position += 1;
        at[p] = position;
        if (position === end) {
          exhausted += weights[p];
        } else {
          const c = preferences[position];
          sizes[c] += 1;
          receivedWeights[c] += weights[p];
        }
      }
    }
    const received: (Int32Array | undefined)[] = [];
    for (const size of sizes) received.push(size > 0 ? new Int32Array(size) : undefined);
    const filled = new Int32Array(this.candidates);
    for (const papers of groups) {
      for (const p of papers) {
        if (at[p] === ends[p]) continue;
        const c = preferences[at[p]];
        (received[c] as Int32Array)[filled[c]++] = p;
      }
    }
    return { received, weights: receivedWeights, exhausted };
  }
}

/** How many papers the parcels hold together. */
export function weightOf(parcels: readonly Parcel[]): number {
  let weight = 0;
  for (const parcel of parcels) weight += parcel.weight;
  return weight;
}

/** Parcels of equal value together, highest value first, so each value moves once. */
export function groupByValue(parcels: readonly Parcel[]): { value: bigint; parcels: Parcel[] }[] {
  const byValue = new Map<bigint, Parcel[]>();
  for (const parcel of parcels) {
    const same = byValue.get(parcel.value);
    if (same) same.push(parcel);
    else byValue.set(parcel.value, [parcel]);
  }
  return [...byValue.entries()]
    .sort(([a], [b]) => (a > b ? -1 : a < b ? 1 : 0))
    .map(([value, group]) => ({ value, parcels: group }));
}
