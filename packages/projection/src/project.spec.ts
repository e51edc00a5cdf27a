import { expectedVoters } from './scenario';
import { buildElectorateModel } from './electorate-model';
import { count } from '@phonebank/stv';

import { centralElection, project } from './project';
import { sampleRegion } from './region.test-helpers';

describe('a seat projection', () => {
  it('gives the same result for the same seed, and varies with the seed', () => {
    const input = sampleRegion({ simulations: 200 });
    expect(project(input)).toEqual(project(input));
    const others = [8, 9, 10].map((seed) => project({ ...input, seed }).chances);
    expect(others.some((c) => JSON.stringify(c) !== JSON.stringify(project(input).chances))).toBe(
      true,
    );
  });

  it('repeats the central scenario in every simulation when there is no variation', () => {
    const input = sampleRegion({ simulations: 25 });
    const still = project({ ...input, assumptions: { ...input.assumptions, variation: 0 } });
    for (const chance of still.chances)
      expect(chance.elected).toBe(still.elected.includes(chance.candidateId) ? 25 : 0);
    const ours = still.elected.filter((id) => ['ann', 'bob', 'cy'].includes(id)).length;
    expect(still.expectedSeats).toBe(ours);
    // With variation the simulations really differ, so the check above could fail.
    const varied = project({ ...input, assumptions: { ...input.assumptions, variation: 0.3 } });
    expect(varied.chances.some((c) => c.elected > 0 && c.elected < 25)).toBe(true);
  });

  it('counts in the central scenario as many ballots as voters are expected', () => {
    for (const turnout of [0, 0.05, 0.3, 0.77, 1]) {
      const input = sampleRegion();
      input.assumptions = { ...input.assumptions, turnout };
      // Independently of the code: reliable pledges, plus the turnout of everyone else
      // (no pledge, UNDECIDED, and pledges not kept); NOT_VOTING members never vote.
      const pledged = 0.9 * (120 + 80 + 40 + 30 + 90) + 0.6 * 60;
      const rest = 5_000 - 770 + 150 + 0.1 * (120 + 80 + 40 + 30 + 90) + 0.4 * 60;
      const result = project(input);
      expect(result.ballots).toBe(Math.round(pledged + turnout * rest));
      expect(result.ballots).toBe(
        Math.round(expectedVoters(buildElectorateModel(input), input.assumptions)),
      );
      const firstPreferences = result.firstPreferences.reduce((sum, f) => sum + f.votes, 0);
      expect(firstPreferences).toBe(result.ballots);
    }
  });

  it('elects a slate with overwhelming pledges to every seat in every simulation', () => {
    const input = sampleRegion({
      simulations: 100,
      pledges: [
        { status: 'PLEDGED', ranking: ['ann', 'bob', 'cy'], count: 1_500 },
        { status: 'PLEDGED', ranking: ['cy', 'bob', 'ann'], count: 1_500 },
        { status: 'PLEDGED', ranking: ['bob', 'cy', 'ann'], count: 1_500 },
      ],
    });
    const result = project(input);
    expect(result.expectedSeats).toBe(3);
    expect(result.chances.filter((c) => c.elected === 100).map((c) => c.candidateId)).toEqual([
      'ann',
      'bob',
      'cy',
    ]);
    expect(result.pledgesNeeded).toBeNull();
  });

  it('meets reserved minima in every simulation', () => {
    // Dee and Ann are the only women; the minimum needs both, however the votes fall.
    const input = sampleRegion({
      simulations: 150,
      minima: [{ tag: 'woman', count: 2 }],
      assumptions: { ...sampleRegion().assumptions, variation: 0.5 },
    });
    const free = project({ ...input, minima: [] });
    expect(free.chances.find((c) => c.candidateId === 'dee')?.elected).toBeLessThan(150);
    const result = project(input);
    expect(result.chances.find((c) => c.candidateId === 'ann')?.elected).toBe(150);
    expect(result.chances.find((c) => c.candidateId === 'dee')?.elected).toBe(150);
    expect(result.elected).toEqual(expect.arrayContaining(['ann', 'dee']));
  });

  it('puts every chance and first preference in input order, and never more seats than there are', () => {
    const result = project(sampleRegion({ simulations: 80 }));
    const ids = ['ann', 'bob', 'cy', 'dee', 'ed', 'flo', 'gus'];
    expect(result.chances.map((c) => c.candidateId)).toEqual(ids);
    expect(result.firstPreferences.map((f) => f.candidateId)).toEqual(ids);
    expect(result.chances.reduce((sum, c) => sum + c.elected, 0)).toBe(3 * 80);
    expect(result.expectedSeats).toBeGreaterThanOrEqual(0);
    expect(result.expectedSeats).toBeLessThanOrEqual(3);
    expect(result.elected).toHaveLength(3);
  });

  it('reports progress up to the last simulation', () => {
    const seen: [number, number][] = [];
    project(sampleRegion({ simulations: 250 }), (done, total) => seen.push([done, total]));
    expect(seen.at(-1)).toEqual([250, 250]);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(125);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1][0])).toBe(true);
  });

  it('counts with the election rule', () => {
    const meek = project(sampleRegion({ rule: 'meek', simulations: 5 }));
    const scottish = project(sampleRegion({ rule: 'scottish', simulations: 5 }));
    // Meek counts in nine decimals, the Scottish rule's quota is whole.
    expect(Number.isInteger(scottish.quota)).toBe(true);
    expect(Number.isInteger(meek.quota)).toBe(false);
  });

  it('refuses an input with problems, naming their fields', () => {
    const input = sampleRegion();
    expect(() =>
      project({ ...input, assumptions: { ...input.assumptions, turnout: 1.5 } }),
    ).toThrow(/assumptions\.turnout must be between 0 and 1/);
  });

  it('hands out its central scenario as an election the count engine counts the same way', () => {
    const input = sampleRegion({ minima: [{ tag: 'woman', count: 1 }] });
    const { election, options } = centralElection(input);
    const counted = count(election, options);
    const result = project(input);
    expect(counted.validVotes).toBe(result.ballots);
    expect(counted.quota).toBe(result.quota);
    expect(counted.elected.map((c) => input.candidates[c].id)).toEqual(result.elected);
    expect(options).toMatchObject({ rule: 'scottish', minima: input.minima, seed: input.seed });
  });
});
