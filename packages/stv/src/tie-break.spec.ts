import { Lot, pickExtreme } from './tie-break';

describe('breaking ties', () => {
  const history = [
    [10n, 12n, 11n],
    [20n, 18n, 19n],
    [30n, 30n, 30n],
  ];

  it('excludes, among candidates level now, the one with fewest votes at the most recent stage where they differed', () => {
    expect(pickExtreme([0, 1, 2], history, 'fewest', new Lot(1))).toEqual({
      candidate: 1,
      tieBrokenBy: 'previous stage',
    });
    expect(pickExtreme([0, 1, 2], history, 'most', new Lot(1))).toEqual({
      candidate: 0,
      tieBrokenBy: 'previous stage',
    });
  });

  it('needs no tie-break when the current stage decides', () => {
    expect(pickExtreme([0, 1], [[5n, 3n]], 'fewest', new Lot(1))).toEqual({ candidate: 1 });
  });

  it('draws lots when the candidates were level at every stage, the same way for the same seed', () => {
    const level = [[7n, 7n, 7n, 7n]];
    const draws = (seed: number) =>
      Array.from(
        { length: 20 },
        () => pickExtreme([0, 1, 2, 3], level, 'fewest', new Lot(seed)).candidate,
      );
    const seeded = new Lot(42);
    const sequence = Array.from({ length: 50 }, () =>
      pickExtreme([0, 1, 2, 3], level, 'fewest', seeded),
    );
    expect(sequence.every((o) => o.tieBrokenBy === 'lot')).toBe(true);
    expect(new Set(sequence.map((o) => o.candidate)).size).toBe(4);
    expect(draws(5)).toEqual(draws(5));
  });
});
