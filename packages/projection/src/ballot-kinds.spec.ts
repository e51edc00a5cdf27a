import { BallotKinds, slateBallotKinds } from './ballot-kinds';

const total = (found: { probability: number }[]) => found.reduce((s, k) => s + k.probability, 0);

describe('how voters of a slate rank', () => {
  it.each([1, 2, 3, 5, 8])('adds up to every voter of a slate of %i', (size) => {
    for (const loyalty of [0, 0.25, 0.8, 1]) {
      const found = slateBallotKinds(new BallotKinds(), [...Array(size).keys()], loyalty);
      expect(total(found)).toBeCloseTo(1, 12);
    }
  });

  it('spreads first and second preferences evenly over the slate', () => {
    const kinds = new BallotKinds();
    const found = slateBallotKinds(kinds, [4, 5, 6, 7], 0.6);
    const at = (position: number, candidate: number) =>
      total(found.filter((k) => kinds.preferences[k.kind][position] === candidate));
    for (const c of [4, 5, 6, 7]) expect(at(0, c)).toBeCloseTo(0.25, 12);
    for (const c of [5, 6, 7])
      expect(
        total(
          found.filter(
            (k) => kinds.preferences[k.kind][0] === 4 && kinds.preferences[k.kind][1] === c,
          ),
        ),
      ).toBeCloseTo((0.25 * 0.6) / 3, 12);
  });

  it('stops at the first preference without loyalty, and ranks the whole slate with full loyalty', () => {
    const kinds = new BallotKinds();
    const none = slateBallotKinds(kinds, [0, 1, 2], 0);
    expect(none.map((k) => kinds.preferences[k.kind])).toEqual([[0], [1], [2]]);
    const all = slateBallotKinds(kinds, [0, 1, 2], 1);
    expect(all.every((k) => kinds.preferences[k.kind].length === 3)).toBe(true);
    expect(new Set(all.map((k) => kinds.preferences[k.kind].join())).size).toBe(6);
  });

  it('keeps one kind per distinct ranking', () => {
    const kinds = new BallotKinds();
    expect(kinds.intern([2, 0])).toBe(kinds.intern([2, 0]));
    expect(kinds.intern([0, 2])).not.toBe(kinds.intern([2, 0]));
    expect(kinds.size).toBe(2);
  });
});
