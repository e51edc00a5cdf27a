/**
 * The more recently counted of two tallies of the same region: the query's answer or the last
 * one pushed. A push may arrive before the query answers, and a refetch after a push.
 */
export function newestTally<Tally extends { countedAt: string }>(
  ...tallies: (Tally | null | undefined)[]
): Tally | undefined {
  return tallies.reduce<Tally | undefined>((newest, tally) => {
    if (!tally) return newest;
    if (!newest) return tally;
    return Date.parse(tally.countedAt) > Date.parse(newest.countedAt) ? tally : newest;
  }, undefined);
}
