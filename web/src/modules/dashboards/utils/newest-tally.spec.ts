import { newestTally } from './newest-tally';

describe('the tally a dashboard shows', () => {
  const older = { countedAt: '2026-03-01T18:00:00.000Z', pledged: 1 };
  const newer = { countedAt: '2026-03-01T18:00:01.500Z', pledged: 2 };

  it('is the more recently counted, whichever arrived first', () => {
    expect(newestTally(older, newer)).toBe(newer);
    expect(newestTally(newer, older)).toBe(newer);
  });

  it('is whichever there is while the other has not arrived', () => {
    expect(newestTally(undefined, older)).toBe(older);
    expect(newestTally(older, null)).toBe(older);
    expect(newestTally(undefined, undefined)).toBeUndefined();
  });
});
