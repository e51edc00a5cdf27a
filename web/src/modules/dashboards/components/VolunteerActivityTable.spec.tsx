import { render, screen, within } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { VolunteerActivityTable } from './VolunteerActivityTable';

describe('volunteers’ activity', () => {
  it('lists volunteers busiest first with calls, reached, pledged as numbers and small bars', async () => {
    const { container } = render(
      <VolunteerActivityTable
        volunteers={[
          {
            volunteer: { id: 'v1', name: 'Val' },
            calls: 4,
            reached: 2,
            pledged: 1,
            lastCallAt: '2026-03-02T18:05:00.000Z',
          },
          {
            volunteer: { id: 'v2', name: 'Wes' },
            calls: 10,
            reached: 6,
            pledged: 3,
            lastCallAt: null,
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Volunteers’ calls, busiest first' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      'Wes',
      'Val',
    ]);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Val', '4', '2', '1', '2 Mar 2026, 18:05']);
    // Every bar on one scale (to 12 calls): Wes's 10 calls fill five sixths of it.
    expect(rows[0].querySelector('rect')).toHaveAttribute('width', '83.33%');
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('says so before anyone has called', () => {
    render(<VolunteerActivityTable volunteers={[]} />);
    expect(screen.getByText('No volunteer has called yet.')).toBeVisible();
  });
});
