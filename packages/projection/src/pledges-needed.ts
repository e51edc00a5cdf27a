// "Pledges needed": how much more support would win our next seat, measured on the
// central scenario.
//
// Whom for: our candidates not elected in the central scenario, the likeliest first
// (most simulations won, then the highest vote they reached at any stage); the first of
// them that some number of first or second preferences would elect. Our candidates all
// elected: nobody (safe). None electable: nobody (hopeless).
//
// First preferences are pledges: k more members, from those we have no pledge from,
// pledged with the candidate as their only preference. They pass through the same
// assumptions as every pledge (reliability, and the turnout they no longer add to the
// rest), so the answer is what the phone bank must collect.
// Second preferences are papers: k of the central scenario's ballots whose first choice
// is another slate's candidate (or a candidate with no slate) put ours second, taken from
// every such ballot kind in proportion. That is what a second-preference ask changes.
//
// Both are found by doubling then bisecting k over deterministic counts, so the answer k
// elects the candidate and k − 1 does not (counts are not always monotonic in k; the
// answer is then the first such boundary the search meets).

import { type Ballot, type CountResult } from '@phonebank/stv';

import { type ElectorateModel, buildElectorateModel } from './electorate-model';
import { type ProjectionInput } from './projection-input';
import { type PledgesNeeded } from './projection-result';
import { apportion, ballotsOf, centralWeights, countBallots } from './scenario';

export function findPledgesNeeded(
  input: ProjectionInput,
  model: ElectorateModel,
  central: CountResult,
  electedIn: readonly number[],
): PledgesNeeded | null {
  const ourSlates = new Set(input.slates.filter((s) => s.ours).map((s) => s.id));
  const ours = (c: number) => ourSlates.has(input.candidates[c].slateId ?? '');
  const peak = (c: number) => Math.max(...central.stages.map((stage) => stage.votes[c]));
  const contenders = input.candidates
    .map((_, c) => c)
    .filter((c) => ours(c) && !central.elected.includes(c))
    .sort((a, b) => electedIn[b] - electedIn[a] || peak(b) - peak(a) || a - b);

  for (const c of contenders) {
    const firstPreferences = firstPreferencesNeeded(input, c);
    const secondPreferences = secondPreferencesNeeded(input, model, c, ours);
    if (firstPreferences !== null || secondPreferences !== null)
      return { candidateId: input.candidates[c].id, firstPreferences, secondPreferences };
  }
  return null;
}

/** The input with `count` more members pledged with only `candidate` ranked. */
export function withFirstPreferences(
  input: ProjectionInput,
  candidateId: string,
  count: number,
): ProjectionInput {
  return {
    ...input,
    pledges: [...input.pledges, { status: 'PLEDGED', ranking: [candidateId], count }],
  };
}

function firstPreferencesNeeded(input: ProjectionInput, candidate: number): number | null {
  const unpledged = input.electorate - input.pledges.reduce((sum, g) => sum + g.count, 0);
  return leastThatElects(unpledged, (k) => {
    const changed = withFirstPreferences(input, input.candidates[candidate].id, k);
    const model = buildElectorateModel(changed);
    const ballots = ballotsOf(model, centralWeights(model, changed.assumptions));
    return countBallots(model, changed, ballots, input.seed).elected.includes(candidate);
  });
}

/** The central ballots with `count` of those led by another slate's candidate ranking `candidate` second. */
export function withSecondPreferences(
  ballots: readonly Ballot[],
  candidate: number,
  count: number,
  ours: (c: number) => boolean,
): Ballot[] {
  const eligible = ballots.map((b) => !ours(b.preferences[0]) && b.preferences[1] !== candidate);
  const moved = apportion(
    ballots.map((b, i) => (eligible[i] ? b.weight : 0)),
    count,
  );
  return ballots.flatMap((ballot, i) => {
    if (moved[i] === 0) return [ballot];
    const [first, ...rest] = ballot.preferences;
    const asked = {
      weight: moved[i],
      preferences: [first, candidate, ...rest.filter((c) => c !== candidate)],
    };
    return moved[i] === ballot.weight
      ? [asked]
      : [{ ...ballot, weight: ballot.weight - moved[i] }, asked];
  });
}

function secondPreferencesNeeded(
  input: ProjectionInput,
  model: ElectorateModel,
  candidate: number,
  ours: (c: number) => boolean,
): number | null {
  const ballots = ballotsOf(model, centralWeights(model, input.assumptions));
  const available = ballots
    .filter((b) => !ours(b.preferences[0]) && b.preferences[1] !== candidate)
    .reduce((sum, b) => sum + b.weight, 0);
  return leastThatElects(available, (k) =>
    countBallots(
      model,
      input,
      withSecondPreferences(ballots, candidate, k, ours),
      input.seed,
    ).elected.includes(candidate),
  );
}

/** The least k in 1..max that elects, given that 0 does not: doubling, then bisection. */
function leastThatElects(max: number, elects: (k: number) => boolean): number | null {
  if (max < 1) return null;
  let lo = 0;
  let hi = 1;
  while (!elects(hi)) {
    if (hi === max) return null;
    lo = hi;
    hi = Math.min(max, hi * 2);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (elects(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
