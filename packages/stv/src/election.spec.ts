import { checkElection, type Election } from './election';

const election = (weights: number[]): Election => ({
  title: 'weights',
  seats: 1,
  candidates: ['A', 'B'],
  withdrawn: [],
  ballots: weights.map((weight, i) => ({ weight, preferences: [i % 2] })),
});

describe('checking an election before it is counted', () => {
  it('refuses ballots whose weights add up to more papers than a count adds exactly', () => {
    expect(checkElection(election([Number.MAX_SAFE_INTEGER, 1]))).toEqual([
      `the ballots' weights add up to ${2 ** 53}, more papers than a count can hold`,
    ]);
    expect(checkElection(election([Number.MAX_SAFE_INTEGER - 1, 1]))).toEqual([]);
  });

  it('names a bad weight once, without also adding it up', () => {
    expect(checkElection(election([Number.NaN, 1]))).toEqual([
      'ballot 1: weight must be a positive whole number, not NaN',
    ]);
  });
});
