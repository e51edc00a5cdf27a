import { render, screen } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { PledgeStatusChart } from './PledgeStatusChart';

describe('the pledge status chart', () => {
  it('shows every status from support to opposition with its count and share', async () => {
    const { container } = render(
      <PledgeStatusChart
        pledgeStatuses={[
          { status: 'AGAINST', count: 10 },
          { status: 'PLEDGED', count: 30 },
          { status: 'UNDECIDED', count: 60 },
        ]}
      />,
    );
    const rows = [...container.querySelectorAll('.pb-bars__row')].map((row) => row.textContent);
    expect(rows).toEqual([
      'Pledged30 (30%)',
      'Leaning0 (0%)',
      'Undecided60 (60%)',
      'Against10 (10%)',
      'Not voting0 (0%)',
    ]);
    expect(
      screen.getByRole('img', {
        name: 'Members by their latest pledge status: Pledged 30 (30%), Leaning 0 (0%), Undecided 60 (60%), Against 10 (10%), Not voting 0 (0%).',
      }),
    ).toBeInTheDocument();
    // Undecided, the largest, on a scale to 80.
    expect(container.querySelector('[data-bar="UNDECIDED"] rect')).toHaveAttribute('width', '75%');
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('says so before anyone has given a status', () => {
    render(<PledgeStatusChart pledgeStatuses={[]} />);
    expect(screen.getByText('Nobody has given a pledge status yet.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
