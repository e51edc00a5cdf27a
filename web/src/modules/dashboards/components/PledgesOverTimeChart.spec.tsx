import { render, screen } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { PledgesOverTimeChart } from './PledgesOverTimeChart';

const DAYS = [
  { day: '2026-03-01', calls: 40, reached: 20, pledged: 8 },
  { day: '2026-03-03', calls: 10, reached: 5, pledged: 1 },
];

describe('the pledges over time chart', () => {
  it('draws a column per day, quiet days included, with the first and last day under it', async () => {
    const { container } = render(<PledgesOverTimeChart days={DAYS} />);
    const pledged = container.querySelectorAll('rect.pb-days__pledged');
    expect([...pledged].map((rect) => rect.getAttribute('data-day'))).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    // Scale to 50 calls a day: 8 pledges stand 16% high, from the bottom.
    expect(pledged[0]).toHaveAttribute('height', '16%');
    expect(pledged[0]).toHaveAttribute('y', '84%');
    expect(pledged[1]).toHaveAttribute('height', '0%');
    expect(screen.getByText('50 a day')).toBeVisible();
    expect(container.querySelector('.pb-days__axis')).toHaveTextContent('1 Mar3 Mar');
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('is named by a summary with the totals and the busiest day', () => {
    render(<PledgesOverTimeChart days={DAYS} />);
    expect(
      screen.getByRole('img', {
        name: 'Pledges over time, 1 Mar to 3 Mar: 50 calls, 25 members reached, 9 pledges. Busiest day 1 Mar: 40 calls, 8 pledges.',
      }),
    ).toBeInTheDocument();
    // The table lists the days with calls.
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('says so before the first call', () => {
    render(<PledgesOverTimeChart days={[]} />);
    expect(screen.getByText('No calls recorded yet.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
