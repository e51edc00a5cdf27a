// A tiny seeded generator of elections for property tests: candidates have skewed
// popularity (so counts have surpluses, exclusions and exhausted papers, like real ones),
// and the same seed always gives the same election so a failure can be replayed.

import { type Ballot, type Election } from './election';
import { Lot } from './tie-break';

export interface RandomElection extends Election {
  seed: number;
}

export function randomElection(
  seed: number,
  shape: { maxCandidates?: number; seats?: number } = {},
): RandomElection {
  const lot = new Lot(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(lot.next() * (hi - lo + 1));
  const candidateCount = int(2, shape.maxCandidates ?? 9);
  const seats = shape.seats ?? int(1, Math.max(1, candidateCount - 1));
  const popularity = Array.from({ length: candidateCount }, () => lot.next() ** 2 + 0.05);
  const ballots: Ballot[] = [];
  const groups = int(5, 60);
  for (let g = 0; g < groups; g += 1) {
    const left = popularity.map((_, c) => c);
    const preferences: number[] = [];
    const length = int(1, candidateCount);
    while (preferences.length < length) {
      const total = left.reduce((sum, c) => sum + popularity[c], 0);
      let r = lot.next() * total;
      const index = left.findIndex((c) => (r -= popularity[c]) < 0);
      const chosen = left.splice(index < 0 ? left.length - 1 : index, 1)[0];
      preferences.push(chosen);
    }
    ballots.push({ weight: int(1, 40), preferences });
  }
  return {
    seed,
    title: `random ${seed}`,
    seats,
    candidates: popularity.map((_, c) => `C${c + 1}`),
    withdrawn: [],
    ballots,
  };
}

/** Plain instant-runoff, written independently of the library, for one-seat comparisons. */
export function instantRunoffWinner(election: Election): number | 'tie' {
  const alive = new Set(election.candidates.map((_, c) => c));
  for (;;) {
    const tally = new Map<number, number>([...alive].map((c) => [c, 0]));
    for (const b of election.ballots) {
      const top = b.preferences.find((p) => alive.has(p));
      if (top !== undefined) tally.set(top, (tally.get(top) ?? 0) + b.weight);
    }
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked[0][1] * 2 > total || alive.size === 1) return ranked[0][0];
    const lowest = ranked[ranked.length - 1][1];
    // A tie for last place is settled differently by each rule; such cases are skipped.
    if (ranked.filter(([, v]) => v === lowest).length > 1) return 'tie';
    alive.delete(ranked[ranked.length - 1][0]);
  }
}
