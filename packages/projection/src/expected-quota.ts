/**
 * The Droop quota (votes ÷ (seats + 1), rounded down, plus one) for the votes a region
 * expects: the line a candidate's first preferences must reach to be elected outright.
 */
export function expectedQuota(expectedVotes: number, seats: number): number {
  return Math.floor(Math.max(0, expectedVotes) / (seats + 1)) + 1;
}
