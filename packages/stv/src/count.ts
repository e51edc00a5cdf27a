// The one entry point: picks the rule (a strategy per file) after checking the input.

import { type CountOptions, type CountResult, type RuleName } from './count-result';
import { checkElection, type Election } from './election';
import { countErs97 } from './rules/ers97';
import { countMeek } from './rules/meek';
import { countScottish } from './rules/scottish';

const RULES: Record<RuleName, (election: Election, options: CountOptions) => CountResult> = {
  scottish: countScottish,
  meek: countMeek,
  ers97: countErs97,
};

export function count(election: Election, options: CountOptions = {}): CountResult {
  const problems = checkElection(election);
  if (problems.length > 0) throw new RangeError(`not a valid election: ${problems.join('; ')}`);
  const rule = options.rule ?? 'scottish';
  const run = RULES[rule];
  if (!run) throw new RangeError(`unknown counting rule '${String(rule)}'`);
  return run(election, options);
}
