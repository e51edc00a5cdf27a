// A seat projection for one region: the central scenario's count, then `simulations`
// counts of randomly varied scenarios (see scenario.ts and electorate-model.ts for the
// model), each with the election's rule and reserved minima. Seeded: the same input gives
// the same result.

import { type CountOptions, type CountResult, type Election } from '@phonebank/stv';

import { checkProjectionInput } from './check-projection-input';
import { buildElectorateModel } from './electorate-model';
import { findPledgesNeeded } from './pledges-needed';
import { type ProjectionInput } from './projection-input';
import { type ProjectionResult } from './projection-result';
import { ballotsOf, centralWeights, countBallots, randomWeights, scenarioCount } from './scenario';
import { Variates } from './variates';

/** Progress is reported about a hundred times a run, and after the last simulation. */
const PROGRESS_REPORTS = 100;

/**
 * The central scenario as a plain election with the options to count it: what `project`
 * counts first. The stv package (or its CLI, written out as BLT) counts it the same way.
 */
export function centralElection(input: ProjectionInput): {
  election: Election;
  options: CountOptions;
} {
  refuseProblems(input);
  const model = buildElectorateModel(input);
  const ballots = ballotsOf(model, centralWeights(model, input.assumptions));
  return scenarioCount(model, input, ballots, input.seed);
}

export function project(
  input: ProjectionInput,
  onProgress?: (done: number, total: number) => void,
): ProjectionResult {
  refuseProblems(input);
  const { assumptions, simulations } = input;
  const model = buildElectorateModel(input);
  const central = countBallots(
    model,
    input,
    ballotsOf(model, centralWeights(model, assumptions)),
    input.seed,
  );

  const ourSlates = new Set(input.slates.filter((s) => s.ours).map((s) => s.id));
  const ours = input.candidates.map((c) => ourSlates.has(c.slateId ?? ''));
  const electedIn = new Array<number>(input.candidates.length).fill(0);
  let ourSeats = 0;
  const random = new Variates(input.seed);
  const every = Math.max(1, Math.floor(simulations / PROGRESS_REPORTS));
  for (let done = 1; done <= simulations; done += 1) {
    const result: CountResult =
      assumptions.variation === 0
        ? central
        : countBallots(
            model,
            input,
            ballotsOf(model, randomWeights(model, assumptions, random)),
            random.seed(),
          );
    for (const c of result.elected) {
      electedIn[c] += 1;
      if (ours[c]) ourSeats += 1;
    }
    if (onProgress && (done % every === 0 || done === simulations)) onProgress(done, simulations);
  }

  const id = (c: number) => input.candidates[c].id;
  return {
    quota: central.quota,
    ballots: central.validVotes,
    elected: central.elected.map(id),
    firstPreferences: central.stages[0].votes.map((votes, c) => ({ candidateId: id(c), votes })),
    simulations,
    chances: electedIn.map((elected, c) => ({ candidateId: id(c), elected })),
    expectedSeats: ourSeats / simulations,
    pledgesNeeded: findPledgesNeeded(input, model, central, electedIn),
  };
}

function refuseProblems(input: ProjectionInput): void {
  const problems = checkProjectionInput(input);
  if (problems.length > 0) throw new RangeError(`not a valid projection: ${problems.join('; ')}`);
}
