// What a count takes as input, whether it came from a BLT file or from pledges held by
// the API. Candidates are referred to everywhere by their 0-based position in
// `candidates`, so names may repeat without confusing the count.

export interface Ballot {
  /** How many identical papers this line stands for (BLT's leading number). */
  weight: number;
  /** 0-based candidate positions, most preferred first. */
  preferences: readonly number[];
}

export interface Election {
  title: string;
  seats: number;
  candidates: readonly string[];
  /** 0-based positions of candidates who withdrew: they are skipped on every paper. */
  withdrawn: readonly number[];
  ballots: readonly Ballot[];
}

/** Checks an in-memory election the way the parser checks a file, so counts never see nonsense. */
export function checkElection(election: Election): string[] {
  const problems: string[] = [];
  const n = election.candidates.length;
  if (n < 1) problems.push('an election needs at least one candidate');
  if (!Number.isInteger(election.seats) || election.seats < 1) {
    problems.push(`seats must be a positive whole number, not ${election.seats}`);
  } else if (election.seats > n) {
    problems.push(`${election.seats} seats cannot be filled from ${n} candidates`);
  }
  for (const w of election.withdrawn) {
    if (!Number.isInteger(w) || w < 0 || w >= n)
      problems.push(`withdrawn candidate ${w} does not exist`);
  }
  // seenOn[c] is the last ballot ranking c: one array for all ballots instead of a set each.
  const seenOn = new Int32Array(Math.max(n, 0)).fill(-1);
  let papers = 0;
  election.ballots.forEach((ballot, i) => {
    if (!Number.isSafeInteger(ballot.weight) || ballot.weight < 1) {
      problems.push(
        `ballot ${i + 1}: weight must be a positive whole number, not ${ballot.weight}`,
      );
    } else {
      papers += ballot.weight;
    }
    for (const p of ballot.preferences) {
      if (!Number.isInteger(p) || p < 0 || p >= n) {
        problems.push(`ballot ${i + 1}: candidate ${p} does not exist`);
      } else if (seenOn[p] === i) {
        problems.push(`ballot ${i + 1}: candidate ${p} is ranked twice`);
      } else {
        seenOn[p] = i;
      }
    }
  });
  // Counts add papers up as JavaScript numbers, exact only up to 2^53.
  if (!Number.isSafeInteger(papers))
    problems.push(`the ballots' weights add up to ${papers}, more papers than a count can hold`);
  return problems;
}
