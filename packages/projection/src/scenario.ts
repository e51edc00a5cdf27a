// One scenario: how many papers of each ballot kind are cast, and their count.
//
// The central scenario takes every assumption as given and every expectation as it is:
// reliable pledges = members × reliability, voters among the rest = members × turnout,
// shared by slate and then by ballot kind in proportion, rounded by largest remainders to
// round(expected voters) papers.
//
// A random scenario first varies the assumptions themselves, each by a factor e^(v·z) for
// the spread v = `variation` and a standard normal z: the turnout, each reliability
// (PLEDGED and AGAINST share one) and each slate's share (then scaled back to add up to
// 1); loyalty is not varied. Then it draws the voters: binomial draws for each pledge
// group and for the turnout, multinomial draws for slates and ballot kinds. With
// variation 0 nothing is drawn at all: every simulation is the central scenario.

import {
  count,
  type Ballot,
  type CountOptions,
  type CountResult,
  type Election,
} from '@phonebank/stv';

import { type ElectorateModel, type Party, type Reliability, sideShares } from './electorate-model';
import { type ProjectionAssumptions, type ProjectionInput } from './projection-input';
import { type Variates } from './variates';

interface Assumed {
  turnout: number;
  reliability: Record<Reliability, number>;
  shares: number[];
}

function asGiven(model: ElectorateModel, assumptions: ProjectionAssumptions): Assumed {
  return {
    turnout: assumptions.turnout,
    reliability: { pledge: assumptions.pledgeReliability, leaning: assumptions.leaningReliability },
    shares: model.parties.map((p) => p.share),
  };
}

/** Voters the central scenario expects: the papers it counts, before rounding. */
export function expectedVoters(model: ElectorateModel, assumptions: ProjectionAssumptions): number {
  const { turnout, reliability } = asGiven(model, assumptions);
  let voters = 0;
  let rest = model.unknown;
  for (const group of [...model.ranked, ...model.unranked]) {
    const reliable = group.members * reliability[group.reliability];
    voters += reliable;
    rest += group.members - reliable;
  }
  return voters + rest * turnout;
}

export function centralWeights(
  model: ElectorateModel,
  assumptions: ProjectionAssumptions,
): number[] {
  const { turnout, reliability, shares } = asGiven(model, assumptions);
  const expected = new Array<number>(model.kinds.size).fill(0);
  let rest = model.unknown;
  for (const group of model.ranked) {
    const reliable = group.members * reliability[group.reliability];
    expected[group.kind] += reliable;
    rest += group.members - reliable;
  }
  for (const group of model.unranked) {
    const reliable = group.members * reliability[group.reliability];
    spreadExpected(
      expected,
      model.parties,
      sideShares(model.parties, shares, group.side),
      reliable,
    );
    rest += group.members - reliable;
  }
  spreadExpected(expected, model.parties, shares, rest * turnout);
  return apportion(expected, Math.round(expectedVoters(model, assumptions)));
}

export function randomWeights(
  model: ElectorateModel,
  assumptions: ProjectionAssumptions,
  random: Variates,
): number[] {
  const given = asGiven(model, assumptions);
  const v = assumptions.variation;
  const vary = (x: number) => Math.min(1, x * Math.exp(v * random.normal()));
  const turnout = vary(given.turnout);
  const reliability = {
    pledge: vary(given.reliability.pledge),
    leaning: vary(given.reliability.leaning),
  };
  const shares = given.shares.map((s) => s * Math.exp(v * random.normal()));

  const drawn = new Array<number>(model.kinds.size).fill(0);
  let rest = model.unknown;
  for (const group of model.ranked) {
    const reliable = random.binomial(group.members, reliability[group.reliability]);
    drawn[group.kind] += reliable;
    rest += group.members - reliable;
  }
  for (const group of model.unranked) {
    const reliable = random.binomial(group.members, reliability[group.reliability]);
    const onSide = sideShares(model.parties, shares, group.side);
    spreadDrawn(drawn, model.parties, onSide, reliable, random);
    rest += group.members - reliable;
  }
  spreadDrawn(drawn, model.parties, shares, random.binomial(rest, turnout), random);
  return drawn;
}

function spreadExpected(
  into: number[],
  parties: readonly Party[],
  shares: readonly number[],
  voters: number,
): void {
  const total = shares.reduce((sum, s) => sum + s, 0);
  if (total <= 0 || voters <= 0) return;
  parties.forEach((party, p) => {
    const partyVoters = (voters * shares[p]) / total;
    for (const { kind, probability } of party.kinds) into[kind] += partyVoters * probability;
  });
}

function spreadDrawn(
  into: number[],
  parties: readonly Party[],
  shares: readonly number[],
  voters: number,
  random: Variates,
): void {
  const byParty = random.multinomial(voters, shares);
  parties.forEach((party, p) => {
    if (byParty[p] === 0) return;
    const byKind = random.multinomial(
      byParty[p],
      party.kinds.map((k) => k.probability),
    );
    party.kinds.forEach(({ kind }, i) => (into[kind] += byKind[i]));
  });
}

/** Whole numbers adding up to `total`, each the floor of its share or one more (largest remainders). */
export function apportion(amounts: readonly number[], total: number): number[] {
  const sum = amounts.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return amounts.map(() => 0);
  const scaled = amounts.map((a) => (a * total) / sum);
  const whole = scaled.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((x, i) => ({ i, remainder: x - whole[i] }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] += 1;
    left -= 1;
  }
  return whole;
}

export function ballotsOf(model: ElectorateModel, weights: readonly number[]): Ballot[] {
  const ballots: Ballot[] = [];
  weights.forEach((weight, kind) => {
    if (weight > 0) ballots.push({ weight, preferences: model.kinds.preferences[kind] });
  });
  return ballots;
}

/** A scenario as the stv package takes it: the election, and the options to count it with. */
export function scenarioCount(
  model: ElectorateModel,
  input: ProjectionInput,
  ballots: readonly Ballot[],
  seed: number,
): { election: Election; options: CountOptions } {
  return {
    election: { ...model.election, ballots },
    options: { rule: input.rule, minima: input.minima, tags: model.tags, seed },
  };
}

export function countBallots(
  model: ElectorateModel,
  input: ProjectionInput,
  ballots: readonly Ballot[],
  seed: number,
): CountResult {
  const { election, options } = scenarioCount(model, input, ballots, seed);
  return count(election, options);
}
