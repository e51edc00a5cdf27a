import { everyDay } from './days';

describe('the days of a pledges-over-time chart', () => {
  it('fills the days without calls between the first and the last with zeros, in order', () => {
    expect(
      everyDay([
        { day: '2026-03-04', calls: 5, reached: 2, pledged: 1 },
        { day: '2026-03-01', calls: 3, reached: 1, pledged: 0 },
      ]),
    ).toEqual([
      { day: '2026-03-01', calls: 3, reached: 1, pledged: 0 },
      { day: '2026-03-02', calls: 0, reached: 0, pledged: 0 },
      { day: '2026-03-03', calls: 0, reached: 0, pledged: 0 },
      { day: '2026-03-04', calls: 5, reached: 2, pledged: 1 },
    ]);
  });

  it('crosses the end of a month and the clocks going forward', () => {
    const days = everyDay([
      { day: '2026-03-28', calls: 1, reached: 0, pledged: 0 },
      { day: '2026-04-01', calls: 1, reached: 0, pledged: 0 },
    ]);
    expect(days.map((activity) => activity.day)).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
  });

  it('is empty before the first call', () => {
    expect(everyDay([])).toEqual([]);
  });
});
