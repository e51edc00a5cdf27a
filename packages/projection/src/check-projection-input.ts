// Refuses a projection that would count nonsense, naming the field of each problem the way
// the API reports BAD_USER_INPUT (e.g. "assumptions.turnout must be between 0 and 1").

import { RULE_NAMES } from '@phonebank/stv';

import { type ProjectionInput } from './projection-input';

export const MAX_SIMULATIONS = 100_000;

const STATUSES = new Set(['PLEDGED', 'LEANING', 'UNDECIDED', 'AGAINST', 'NOT_VOTING']);

const isFraction = (x: number) => typeof x === 'number' && x >= 0 && x <= 1;
const isWhole = (x: number, min: number) => Number.isSafeInteger(x) && x >= min;

export function checkProjectionInput(input: ProjectionInput): string[] {
  const problems: string[] = [];
  const { assumptions } = input;
  const n = input.candidates.length;

  if (n < 1) problems.push('candidates: a projection needs at least one candidate');
  if (!isWhole(input.seats, 1) || input.seats > n)
    problems.push(`seats must be a whole number from 1 to the ${n} candidates, not ${input.seats}`);
  if (!RULE_NAMES.includes(input.rule))
    problems.push(`rule must be one of ${RULE_NAMES.join(', ')}, not '${String(input.rule)}'`);
  input.minima.forEach((m, i) => {
    if (!m.tag) problems.push(`minima[${i}].tag must not be empty`);
    if (!isWhole(m.count, 1)) problems.push(`minima[${i}].count must be a positive whole number`);
  });

  const slateIds = new Set<string>();
  input.slates.forEach((slate, i) => {
    if (slateIds.has(slate.id)) problems.push(`slates[${i}].id '${slate.id}' is used twice`);
    slateIds.add(slate.id);
  });
  const candidateIds = new Set<string>();
  input.candidates.forEach((candidate, i) => {
    if (candidateIds.has(candidate.id))
      problems.push(`candidates[${i}].id '${candidate.id}' is used twice`);
    candidateIds.add(candidate.id);
    if (candidate.slateId !== null && !slateIds.has(candidate.slateId))
      problems.push(`candidates[${i}].slateId '${candidate.slateId}' is not one of the slates`);
  });

  if (!isWhole(input.electorate, 0))
    problems.push(`electorate must be a whole number of members, not ${input.electorate}`);
  let pledged = 0;
  input.pledges.forEach((group, i) => {
    if (!STATUSES.has(group.status))
      problems.push(`pledges[${i}].status '${String(group.status)}' is not a pledge status`);
    if (!isWhole(group.count, 0))
      problems.push(`pledges[${i}].count must be a whole number of members`);
    else pledged += group.count;
    const seen = new Set<string>();
    for (const id of group.ranking) {
      if (!candidateIds.has(id))
        problems.push(`pledges[${i}].ranking: '${id}' is not a candidate of the region`);
      else if (seen.has(id)) problems.push(`pledges[${i}].ranking ranks '${id}' twice`);
      seen.add(id);
    }
  });
  if (isWhole(input.electorate, 0) && pledged > input.electorate)
    problems.push(
      `pledges: ${pledged} members have pledges but the electorate is ${input.electorate}`,
    );

  for (const field of ['turnout', 'pledgeReliability', 'leaningReliability', 'variation'] as const)
    if (!isFraction(assumptions[field]))
      problems.push(`assumptions.${field} must be between 0 and 1`);
  const assumed = new Set<string>();
  let shares = 0;
  assumptions.slates.forEach((slate, i) => {
    const field = `assumptions.slates[${i}]`;
    if (!slateIds.has(slate.slateId))
      problems.push(`${field}.slateId '${slate.slateId}' is not one of the slates`);
    else if (assumed.has(slate.slateId))
      problems.push(`${field}.slateId '${slate.slateId}' is listed twice`);
    assumed.add(slate.slateId);
    if (!isFraction(slate.share)) problems.push(`${field}.share must be between 0 and 1`);
    else shares += slate.share;
    if (!isFraction(slate.loyalty)) problems.push(`${field}.loyalty must be between 0 and 1`);
  });
  // A little slack for shares typed as percentages that add up to 100 with rounding.
  if (shares > 1 + 1e-9)
    problems.push(`assumptions.slates: shares add up to ${+shares.toFixed(4)}, more than 1`);

  if (!isWhole(input.simulations, 1) || input.simulations > MAX_SIMULATIONS)
    problems.push(`simulations must be a whole number from 1 to ${MAX_SIMULATIONS}`);
  if (!Number.isSafeInteger(input.seed)) problems.push('seed must be a whole number');
  return problems;
}
