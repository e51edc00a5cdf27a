import {
  checkMinima,
  checkRegionCode,
  checkSeats,
  checkTags,
  normaliseRegionCode,
} from './election-rules';

describe('election rules', () => {
  it('accepts a region of six seats with three women and two BAME members reserved', () => {
    expect(
      checkMinima(6, [
        { tag: 'woman', count: 3 },
        { tag: 'bame', count: 2 },
      ]),
    ).toEqual([]);
  });

  it('refuses a minimum larger than the seats, naming the minimum', () => {
    expect(checkMinima(1, [{ tag: 'woman', count: 2 }])).toEqual([
      {
        field: 'minima[0].count',
        message: "the minimum for 'woman' (2) cannot exceed the region's 1 seats.",
      },
    ]);
  });

  it('refuses the same tag reserved twice and a minimum of zero', () => {
    const problems = checkMinima(4, [
      { tag: 'woman', count: 1 },
      { tag: 'Woman', count: 0 },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['minima[1].tag', 'minima[1].count']);
  });

  it('refuses zero seats and fractional seats', () => {
    expect(checkSeats(0)).toHaveLength(1);
    expect(checkSeats(2.5)).toHaveLength(1);
    expect(checkSeats(1)).toEqual([]);
  });

  it('normalises region codes to upper case and refuses spaces', () => {
    expect(normaliseRegionCode(' ldn ')).toBe('LDN');
    expect(checkRegionCode('ldn')).toEqual([]);
    expect(checkRegionCode('LONDON EAST')[0].field).toBe('code');
  });

  it('names the tag that is not a tag', () => {
    expect(checkTags(['woman', 'has space'])).toEqual([
      {
        field: 'tags[1]',
        message: "tag 'has space' must be 1–32 lower-case letters, digits, '-' or '_'.",
      },
    ]);
  });
});
