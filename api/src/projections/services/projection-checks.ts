import { checkProjectionInput, type ProjectionInput } from '@phonebank/projection';

import { AppException } from '../../common/errors/app.exception';

/** The simulations a query may ask for; more go through `startProjection` and the job queue. */
export const QUERY_SIMULATIONS = { default: 200, max: 2000 };
export const RUN_SIMULATIONS = { max: 20_000 };

export function assertSimulations(simulations: number, max: number, hint = ''): void {
  if (!Number.isInteger(simulations) || simulations < 1 || simulations > max)
    throw AppException.badInput(
      'simulations',
      `simulations must be a whole number from 1 to ${max}, not ${simulations}${hint}`,
    );
}

/**
 * Refuses a projection the engine would refuse, in the engine's own words: each of its
 * problems starts with the path of the field at fault ("assumptions.turnout must ...").
 * With `assumptionsOnly`, problems elsewhere (say, a region with too few candidates) are
 * left for the count to report.
 */
export function assertProjectable(
  input: ProjectionInput,
  { fieldPrefix = '', assumptionsOnly = false } = {},
): void {
  const problems = checkProjectionInput(input)
    .map((message) => ({ path: message.split(' ', 1)[0], message }))
    .filter(({ path }) => !assumptionsOnly || path.startsWith('assumptions'));
  if (problems.length === 0) return;
  throw AppException.invalid(
    problems.map(({ path, message }) => ({
      field: fieldPrefix + path.replace(/^assumptions\.?/, ''),
      message,
    })),
  );
}
