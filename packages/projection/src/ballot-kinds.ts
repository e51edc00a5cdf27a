// The distinct rankings a projection counts. Ballots stay grouped: a simulation only sets
// how many papers of each kind there are, so a count handles hundreds of weighted ballots
// however large the region.

export class BallotKinds {
  readonly preferences: (readonly number[])[] = [];
  private readonly index = new Map<string, number>();

  /** The kind of ballot with these preferences (0-based candidate positions), added if new. */
  intern(preferences: readonly number[]): number {
    const key = preferences.join(' ');
    const known = this.index.get(key);
    if (known !== undefined) return known;
    this.preferences.push(preferences);
    this.index.set(key, this.preferences.length - 1);
    return this.preferences.length - 1;
  }

  get size(): number {
    return this.preferences.length;
  }
}

export interface KindChance {
  kind: number;
  probability: number;
}

/**
 * How a voter of a slate with these candidates ranks, when all we know is the slate's
 * loyalty: the first preference is spread evenly over its candidates; after each
 * preference the next stays with the slate with chance `loyalty` (while any candidate is
 * left), else the ballot stops there. Second preferences are spread evenly too; further
 * ones follow the slate's order round from the second preference, which keeps a slate of
 * k candidates to k + k(k-1)^2 kinds instead of every permutation.
 */
export function slateBallotKinds(
  kinds: BallotKinds,
  candidates: readonly number[],
  loyalty: number,
): KindChance[] {
  const k = candidates.length;
  if (k === 1) return [{ kind: kinds.intern(candidates), probability: 1 }];
  const found: KindChance[] = [];
  const add = (preferences: number[], probability: number) => {
    if (probability > 0) found.push({ kind: kinds.intern(preferences), probability });
  };
  for (const first of candidates) add([first], (1 - loyalty) / k);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      if (j === i) continue;
      const rest: number[] = [];
      for (let step = 1; step < k; step += 1) {
        const next = (j + step) % k;
        if (next !== i) rest.push(candidates[next]);
      }
      const ranking = [candidates[i], candidates[j], ...rest];
      for (let length = 2; length <= k; length += 1) {
        const stops = length < k ? 1 - loyalty : 1;
        add(ranking.slice(0, length), (loyalty ** (length - 1) * stops) / (k * (k - 1)));
      }
    }
  }
  return found;
}
