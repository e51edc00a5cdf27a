import { count } from './count';
import { type RuleName } from './count-result';
import { type Election } from './election';
import { randomElection } from './random-election.test-helpers';
import { Lot } from './tie-break';

function election(seats: number, firstPreferences: number[]): Election {
  return {
    title: 'minima',
    seats,
    candidates: firstPreferences.map((_, c) => `C${c}`),
    withdrawn: [],
    ballots: firstPreferences.map((weight, c) => ({ weight, preferences: [c] })),
  };
}

describe('reserved minima', () => {
  it('excludes a man who reached the quota when his election would leave no place for a woman', () => {
    const result = count(election(2, [40, 35, 25]), {
      minima: [{ tag: 'woman', count: 1 }],
      tags: [['man'], ['man'], ['woman']],
    });
    expect(result.elected).toEqual([0, 2]);
    expect(result.excluded).toEqual([1]);
    const events = result.stages.flatMap((s) => s.events.map((e) => ({ stage: s.number, ...e })));
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'minimum',
        tag: 'woman',
        candidate: 1,
        action: 'excluded',
        stage: 0,
      }),
    );
  });

  it('elects the only woman left as soon as the minimum needs her, saying so', () => {
    const result = count(election(2, [50, 30, 10, 12]), {
      minima: [{ tag: 'woman', count: 1 }],
      tags: [['man'], ['man'], ['woman'], ['man']],
    });
    expect(result.elected).toEqual([0, 2]);
    expect(result.stages[0].events).toContainEqual({
      kind: 'minimum',
      tag: 'woman',
      count: 1,
      candidate: 2,
      action: 'elected',
      reason: 'needed to fill the minimum',
    });
    expect(result.stages[0].events).toContainEqual({
      kind: 'elected',
      candidate: 2,
      reason: 'minimum',
    });
  });

  it('changes nothing when the count meets the minimum by itself', () => {
    const plain = count(election(2, [40, 35, 25]));
    const constrained = count(election(2, [40, 35, 25]), {
      minima: [{ tag: 'woman', count: 1 }],
      tags: [['woman'], ['man'], ['man']],
    });
    expect(constrained.elected).toEqual(plain.elected);
    expect(constrained.stages.flatMap((s) => s.events).some((e) => e.kind === 'minimum')).toBe(
      false,
    );
  });

  it('reports a minimum that not enough candidates could meet, and still fills the seats', () => {
    const result = count(election(2, [40, 35, 25]), {
      minima: [{ tag: 'woman', count: 2 }],
      tags: [['woman'], ['man'], ['man']],
    });
    expect(result.elected).toHaveLength(2);
    expect(result.elected).toContain(0);
    expect(result.stages[0].events).toContainEqual({
      kind: 'minimum unattainable',
      tag: 'woman',
      count: 2,
      attainable: 1,
    });
  });

  it.each<RuleName>(['scottish', 'meek', 'ers97'])(
    'meets overlapping minima in random %s counts whenever enough tagged candidates stand',
    (rule) => {
      let constrainedCounts = 0;
      for (let seed = 1; seed <= 200; seed += 1) {
        const e = randomElection(seed, { maxCandidates: 9 });
        const lot = new Lot(seed * 7919);
        const tags = e.candidates.map(() => [
          ...(lot.next() < 0.45 ? ['woman'] : []),
          ...(lot.next() < 0.3 ? ['bame'] : []),
        ]);
        const minima = [
          { tag: 'woman', count: Math.floor(lot.next() * (e.seats + 1)) },
          { tag: 'bame', count: Math.floor(lot.next() * Math.min(2, e.seats) + 0.5) },
        ].filter((m) => m.count > 0);
        if (!canMeet(e.seats, tags, minima)) continue;
        constrainedCounts += 1;
        const result = count(e, { rule, minima, tags });
        for (const m of minima) {
          const met = result.elected.filter((c) => tags[c].includes(m.tag)).length;
          expect({ seed, tag: m.tag, met: met >= m.count }).toEqual({
            seed,
            tag: m.tag,
            met: true,
          });
        }
        expect(result.elected).toHaveLength(e.seats);
      }
      expect(constrainedCounts).toBeGreaterThan(100);
    },
  );
});

/** Brute force, independent of the library: is there any set of winners meeting every minimum? */
function canMeet(
  seats: number,
  tags: string[][],
  minima: { tag: string; count: number }[],
): boolean {
  const n = tags.length;
  for (let mask = 0; mask < 1 << n; mask += 1) {
    const chosen = tags.filter((_, c) => mask & (1 << c));
    if (chosen.length !== seats) continue;
    if (minima.every((m) => chosen.filter((t) => t.includes(m.tag)).length >= m.count)) return true;
  }
  return false;
}

describe('reserved minima acting before the seats are filled', () => {
  it('excludes the men who would take the last place, and their papers elect a woman', () => {
    // Three seats, one reserved for a woman. A and B (men) reach the quota; either woman
    // could fill the minimum, so neither is required, but C and E (men) are doomed: they
    // are excluded first, lowest first, and C's papers take D over the quota.
    const e: Election = {
      title: 'doomed',
      seats: 3,
      candidates: ['A', 'B', 'C', 'D', 'E', 'F'],
      withdrawn: [],
      ballots: [
        { weight: 30, preferences: [0] },
        { weight: 30, preferences: [1] },
        { weight: 20, preferences: [2, 3] },
        { weight: 10, preferences: [3] },
        { weight: 15, preferences: [4] },
        { weight: 12, preferences: [5] },
      ],
    };
    const tags = [['man'], ['man'], ['man'], ['woman'], ['man'], ['woman']];
    expect(count(e).elected).toEqual([0, 1, 2]);
    const result = count(e, { minima: [{ tag: 'woman', count: 1 }], tags });
    expect(result.elected).toEqual([0, 1, 3]);
    expect(result.stages[1].events[0]).toEqual({
      kind: 'exclusion',
      candidate: 4,
      reason: 'minimum',
    });
    expect(result.stages[1].events[1]).toMatchObject({
      kind: 'minimum',
      tag: 'woman',
      candidate: 4,
      action: 'excluded',
    });
    expect(result.stages[2].events[0]).toEqual({
      kind: 'exclusion',
      candidate: 2,
      reason: 'minimum',
    });
    expect(result.stages[2].elected).toEqual([3]);
  });
});
