// Vote management under STV: a slate with several candidates in a region wins the most seats
// when its supporters' first preferences are spread so that none of its candidates is
// eliminated early while another piles up votes beyond the quota. So each supporter is asked
// to give their first preference to the candidate of ours who is furthest behind the share
// the coordinator set (equal by default), and to rank the rest of the slate next.

export interface FirstPreferenceTarget {
  candidateId: string;
  /** Relative weight: 2 means twice the share of a candidate with 1; 0 means never recommend. */
  weight: number;
}

/**
 * Which of our candidates the next supporter should put first: the one whose count of first
 * preferences falls furthest short of their target share once one more supporter is added
 * (weight / total weight × (pledged + 1) − count). Ties go to the candidate with fewer first
 * preferences, then to the earlier in `targets`. Null when no candidate has a weight.
 */
export function recommendFirstPreference(
  targets: readonly FirstPreferenceTarget[],
  firstPreferences: ReadonlyMap<string, number>,
): string | null {
  const weighted = targets.filter((target) => target.weight > 0);
  const totalWeight = weighted.reduce((sum, target) => sum + target.weight, 0);
  if (totalWeight === 0) return null;
  const pledged = weighted.reduce(
    (sum, target) => sum + (firstPreferences.get(target.candidateId) ?? 0),
    0,
  );
  let best: { id: string; shortfall: number; count: number } | null = null;
  for (const target of weighted) {
    const count = firstPreferences.get(target.candidateId) ?? 0;
    const shortfall = (target.weight / totalWeight) * (pledged + 1) - count;
    const better =
      best === null ||
      shortfall > best.shortfall + 1e-9 ||
      (Math.abs(shortfall - best.shortfall) <= 1e-9 && count < best.count);
    if (better) best = { id: target.candidateId, shortfall, count };
  }
  return best?.id ?? null;
}

/** Equal weights for every one of our candidates: the default split. */
export function equalTargets(candidateIds: readonly string[]): FirstPreferenceTarget[] {
  return candidateIds.map((candidateId) => ({ candidateId, weight: 1 }));
}
