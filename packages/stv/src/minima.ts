// Reserved places ("at least N elected with tag T"), enforced the way constrained STV
// counts do: a candidate whose election would leave too few places to fill the minima is
// doomed (excluded instead of elected), and a candidate without whom the minima cannot be
// filled is required (elected at once). Tags may overlap (a BAME woman counts for both),
// so "can the minima still be met?" is a small covering problem, solved exactly below.

import { type ReservedMinimum, type StageEvent } from './count-result';

interface Need {
  tag: string;
  count: number;
}

export class MinimaGuard {
  readonly minima: ReservedMinimum[];
  /** Notes for minima that could never be met, reported at the first stage. */
  readonly unattainable: StageEvent[] = [];
  private readonly tagSets: ReadonlySet<string>[];

  constructor(
    minima: readonly ReservedMinimum[],
    tags: readonly (readonly string[])[],
    private readonly seats: number,
    candidates: readonly number[],
  ) {
    this.tagSets = tags.map((t) => new Set(t));
    // A minimum larger than the tagged candidates standing (or the seats) cannot be met;
    // the count then fills as many as it can rather than refusing to count.
    const adjusted: ReservedMinimum[] = [];
    for (const m of minima) {
      const standing = candidates.filter((c) => this.has(c, m.tag)).length;
      const attainable = Math.max(0, Math.min(m.count, standing, seats));
      if (attainable < m.count) {
        this.unattainable.push({
          kind: 'minimum unattainable',
          tag: m.tag,
          count: m.count,
          attainable,
        });
      }
      if (attainable > 0) adjusted.push({ tag: m.tag, count: attainable });
    }
    // Overlapping minima can still be jointly impossible; relax the last ones until not.
    while (!this.feasibleWith(adjusted, [], candidates)) {
      const last = adjusted[adjusted.length - 1];
      const attainable = last.count - 1;
      this.unattainable.push({
        kind: 'minimum unattainable',
        tag: last.tag,
        count: last.count,
        attainable,
      });
      if (attainable === 0) adjusted.pop();
      else adjusted[adjusted.length - 1] = { tag: last.tag, count: attainable };
    }
    this.minima = adjusted;
  }

  get active(): boolean {
    return this.minima.length > 0;
  }

  has(candidate: number, tag: string): boolean {
    return this.tagSets[candidate]?.has(tag) ?? false;
  }

  /** Can the remaining places still be filled from `continuing` so every minimum is met? */
  feasible(elected: readonly number[], continuing: readonly number[]): boolean {
    return this.feasibleWith(this.minima, elected, continuing);
  }

  /** Continuing candidates whose election now would make a minimum impossible. */
  doomed(
    elected: readonly number[],
    continuing: readonly number[],
  ): { candidate: number; tag: string }[] {
    if (!this.active) return [];
    return continuing
      .filter(
        (c) =>
          !this.feasible(
            [...elected, c],
            continuing.filter((o) => o !== c),
          ),
      )
      .map((c) => ({ candidate: c, tag: this.blockedTag(elected, c) }));
  }

  /** Continuing candidates without whom a minimum could not be met. */
  required(
    elected: readonly number[],
    continuing: readonly number[],
  ): { candidate: number; tag: string }[] {
    if (!this.active) return [];
    return continuing
      .filter(
        (c) =>
          !this.feasible(
            elected,
            continuing.filter((o) => o !== c),
          ),
      )
      .map((c) => ({ candidate: c, tag: this.neededTag(elected, c) }));
  }

  private needs(minima: readonly ReservedMinimum[], elected: readonly number[]): Need[] {
    return minima.map((m) => ({
      tag: m.tag,
      count: Math.max(0, m.count - elected.filter((c) => this.has(c, m.tag)).length),
    }));
  }

  private blockedTag(elected: readonly number[], candidate: number): string {
    const open = this.needs(this.minima, elected).filter((n) => n.count > 0);
    return (open.find((n) => !this.has(candidate, n.tag)) ?? open[0] ?? this.minima[0]).tag;
  }

  private neededTag(elected: readonly number[], candidate: number): string {
    const open = this.needs(this.minima, elected).filter((n) => n.count > 0);
    return (open.find((n) => this.has(candidate, n.tag)) ?? open[0] ?? this.minima[0]).tag;
  }

  private feasibleWith(
    minima: readonly ReservedMinimum[],
    elected: readonly number[],
    continuing: readonly number[],
  ): boolean {
    const vacancies = this.seats - elected.length;
    const needs = this.needs(minima, elected).map((n) => n.count);
    if (needs.every((n) => n === 0)) return true;
    if (vacancies <= 0) return false;
    // Group candidates by which constrained tags they carry: only the group sizes matter.
    const groups = new Map<number, number>();
    for (const c of continuing) {
      let mask = 0;
      minima.forEach((m, i) => {
        if (this.has(c, m.tag)) mask |= 1 << i;
      });
      if (mask !== 0) groups.set(mask, (groups.get(mask) ?? 0) + 1);
    }
    return fewestToCover(needs, [...groups.entries()]) <= vacancies;
  }
}

/** The fewest candidates that meet every need, choosing how many to take from each group. */
function fewestToCover(needs: readonly number[], groups: readonly [number, number][]): number {
  const memo = new Map<string, number>();
  const search = (index: number, left: readonly number[]): number => {
    if (left.every((n) => n === 0)) return 0;
    if (index >= groups.length) return Number.POSITIVE_INFINITY;
    const key = `${index}:${left.join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const [mask, size] = groups[index];
    let best = Number.POSITIVE_INFINITY;
    const useful = Math.max(...left.map((n, i) => (mask & (1 << i) ? n : 0)));
    for (let take = 0; take <= Math.min(size, useful); take += 1) {
      const rest = left.map((n, i) => (mask & (1 << i) ? Math.max(0, n - take) : n));
      best = Math.min(best, take + search(index + 1, rest));
    }
    memo.set(key, best);
    return best;
  };
  return search(0, needs);
}
