import { equalTargets, recommendFirstPreference } from './vote-management';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('recommendFirstPreference', () => {
  it('with equal targets, recommends the candidate of ours with the fewest first preferences', () => {
    expect(
      recommendFirstPreference(equalTargets(['a', 'b', 'c']), counts({ a: 10, b: 4, c: 7 })),
    ).toBe('b');
  });

  it('starts with the first candidate when nobody has pledged, then takes turns', () => {
    const targets = equalTargets(['a', 'b']);
    const tally = new Map<string, number>();
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const next = recommendFirstPreference(targets, tally) as string;
      order.push(next);
      tally.set(next, (tally.get(next) ?? 0) + 1);
    }
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
  });

  it('follows a weighted split: with 2:1, two supporters in three go to the first candidate', () => {
    const targets = [
      { candidateId: 'a', weight: 2 },
      { candidateId: 'b', weight: 1 },
    ];
    const tally = new Map<string, number>();
    for (let i = 0; i < 300; i += 1) {
      const next = recommendFirstPreference(targets, tally) as string;
      tally.set(next, (tally.get(next) ?? 0) + 1);
    }
    expect(tally).toEqual(counts({ a: 200, b: 100 }));
  });

  it('never recommends a candidate with no weight, and nobody when no one has a weight', () => {
    expect(
      recommendFirstPreference(
        [
          { candidateId: 'a', weight: 0 },
          { candidateId: 'b', weight: 1 },
        ],
        counts({ b: 50 }),
      ),
    ).toBe('b');
    expect(recommendFirstPreference([{ candidateId: 'a', weight: 0 }], new Map())).toBeNull();
    expect(recommendFirstPreference([], new Map())).toBeNull();
  });

  it('ignores first preferences for candidates who are not ours', () => {
    expect(
      recommendFirstPreference(equalTargets(['a', 'b']), counts({ a: 3, b: 2, other: 500 })),
    ).toBe('b');
  });
});
