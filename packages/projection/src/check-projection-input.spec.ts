import { checkProjectionInput } from './check-projection-input';
import { type ProjectionInput } from './projection-input';
import { sampleRegion } from './region.test-helpers';

const problems = (changes: Partial<ProjectionInput>) => checkProjectionInput(sampleRegion(changes));
const assumptions = sampleRegion().assumptions;

describe('checking a projection', () => {
  it('finds nothing wrong with a sound region', () => {
    expect(checkProjectionInput(sampleRegion())).toEqual([]);
  });

  it.each<[string, Partial<ProjectionInput>, RegExp]>([
    ['seats beyond the candidates', { seats: 8 }, /^seats must be a whole number from 1 to the 7/],
    ['no seats', { seats: 0 }, /^seats /],
    ['an unknown rule', { rule: 'borda' as never }, /^rule must be one of scottish, meek, ers97/],
    ['a minimum of nobody', { minima: [{ tag: 'woman', count: 0 }] }, /^minima\[0\]\.count /],
    ['a minimum without a tag', { minima: [{ tag: '', count: 1 }] }, /^minima\[0\]\.tag /],
    [
      'a candidate of an unknown slate',
      { candidates: [{ id: 'x', name: 'X', slateId: 'nope', tags: [] }], seats: 1, pledges: [] },
      /^candidates\[0\]\.slateId 'nope'/,
    ],
    ['a fractional electorate', { electorate: 10_000.5 }, /^electorate must be a whole number/],
    [
      'an unknown candidate in a ranking',
      { pledges: [{ status: 'PLEDGED', ranking: ['ann', 'zed'], count: 3 }] },
      /^pledges\[0\]\.ranking: 'zed' is not a candidate/,
    ],
    [
      'a candidate ranked twice',
      { pledges: [{ status: 'PLEDGED', ranking: ['ann', 'ann'], count: 3 }] },
      /^pledges\[0\]\.ranking ranks 'ann' twice/,
    ],
    [
      'a negative pledge count',
      { pledges: [{ status: 'LEANING', ranking: [], count: -1 }] },
      /^pledges\[0\]\.count /,
    ],
    [
      'more pledges than members',
      { electorate: 500 },
      /^pledges: 770 members have pledges but the electorate is 500/,
    ],
    [
      'a turnout above 1',
      { assumptions: { ...assumptions, turnout: 1.2 } },
      /^assumptions\.turnout must be between 0 and 1$/,
    ],
    [
      'a negative reliability',
      { assumptions: { ...assumptions, pledgeReliability: -0.1 } },
      /^assumptions\.pledgeReliability must be between 0 and 1$/,
    ],
    [
      'a reliability that is not a number',
      { assumptions: { ...assumptions, leaningReliability: Number.NaN } },
      /^assumptions\.leaningReliability /,
    ],
    [
      'a variation above 1',
      { assumptions: { ...assumptions, variation: 2 } },
      /^assumptions\.variation /,
    ],
    [
      'shares adding up to more than 1',
      {
        assumptions: {
          ...assumptions,
          slates: [
            { slateId: 'left', share: 0.6, loyalty: 0.5 },
            { slateId: 'right', share: 0.6, loyalty: 0.5 },
          ],
        },
      },
      /^assumptions\.slates: shares add up to 1\.2, more than 1/,
    ],
    [
      'an assumption for an unknown slate',
      { assumptions: { ...assumptions, slates: [{ slateId: 'x', share: 0.1, loyalty: 0.1 }] } },
      /^assumptions\.slates\[0\]\.slateId 'x' is not one of the slates/,
    ],
    [
      'a loyalty above 1',
      { assumptions: { ...assumptions, slates: [{ slateId: 'left', share: 0.1, loyalty: 3 }] } },
      /^assumptions\.slates\[0\]\.loyalty must be between 0 and 1/,
    ],
    ['no simulations', { simulations: 0 }, /^simulations must be a whole number from 1 to 100000/],
    ['too many simulations', { simulations: 1_000_001 }, /^simulations /],
    ['a fractional seed', { seed: 1.5 }, /^seed must be a whole number/],
  ])('refuses %s, naming the field', (_what, changes, message) => {
    const found = problems(changes);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('accepts shares that add up to 1 but for rounding', () => {
    const slates = [
      { slateId: 'left', share: 0.1 + 0.2, loyalty: 0.5 },
      { slateId: 'right', share: 0.7, loyalty: 0.5 },
    ];
    expect(problems({ assumptions: { ...assumptions, slates } })).toEqual([]);
  });
});
