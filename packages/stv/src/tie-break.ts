// Ties are settled the way the Scottish order (and most hand-count rules) settle them:
// look back through earlier stages, most recent first, for a stage at which the tied
// candidates had different votes; if they were level at every stage, draw lots. The lot is
// a seeded generator so the same seed always gives the same count.

import { type TieBreak } from './count-result';

export class Lot {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: tiny, well-mixed, and identical on every platform. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

export interface TieOutcome {
  candidate: number;
  tieBrokenBy?: TieBreak;
}

/**
 * Picks the candidate with the most (or fewest) votes now; a tie goes to the most recent
 * earlier stage where the tied candidates differed, then to lot.
 * `history[s][c]` is candidate c's votes at stage s, the last entry being the current stage.
 */
export function pickExtreme(
  candidates: readonly number[],
  history: readonly (readonly bigint[])[],
  want: 'most' | 'fewest',
  lot: Lot,
): TieOutcome {
  if (candidates.length === 0) throw new RangeError('no candidates to choose from');
  const better = (a: bigint, b: bigint) => (want === 'most' ? a > b : a < b);
  const extremeAt = (pool: readonly number[], stage: readonly bigint[]) => {
    let best = stage[pool[0]];
    for (const c of pool) if (better(stage[c], best)) best = stage[c];
    return pool.filter((c) => stage[c] === best);
  };
  let pool = extremeAt(candidates, history[history.length - 1]);
  if (pool.length === 1) return { candidate: pool[0] };
  for (let s = history.length - 2; s >= 0; s -= 1) {
    const narrowed = extremeAt(pool, history[s]);
    if (narrowed.length < pool.length) {
      pool = narrowed;
      if (pool.length === 1) return { candidate: pool[0], tieBrokenBy: 'previous stage' };
    }
  }
  return { candidate: lot.pick(pool), tieBrokenBy: 'lot' };
}

/** Orders candidates most-votes-first (or fewest-first), settling each tie as above. */
export function orderByVotes(
  candidates: readonly number[],
  history: readonly (readonly bigint[])[],
  want: 'most' | 'fewest',
  lot: Lot,
): TieOutcome[] {
  const left = [...candidates];
  const order: TieOutcome[] = [];
  while (left.length > 0) {
    const outcome = pickExtreme(left, history, want, lot);
    order.push(outcome);
    left.splice(left.indexOf(outcome.candidate), 1);
  }
  return order;
}
