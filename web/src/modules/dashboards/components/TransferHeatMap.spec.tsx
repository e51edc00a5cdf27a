import { render, screen, within } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ANN, BEN, RIA } from '../testing/candidates';
import { TransferHeatMap } from './TransferHeatMap';

describe('the transfer heat map', () => {
  it('is a table of first choices by next preference and exhausted, shaded by share', async () => {
    const { container } = render(
      <TransferHeatMap
        candidates={[ANN, BEN, RIA]}
        transfers={[
          { from: RIA, to: ANN, count: 3 },
          { from: RIA, to: null, count: 1 },
          { from: ANN, to: BEN, count: 5 },
        ]}
      />,
    );
    const table = screen.getByRole('table', {
      name: 'Next preferences of 9 ranked pledges, by first choice',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'First choice',
      'Ann Ours ours',
      'Ben Ours ours',
      'Ria Rival',
      'Exhausted',
      'Ballots',
    ]);
    const ria = within(table).getByRole('row', { name: /^Ria Rival/ });
    expect(
      within(ria)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['375%', '0', '–not possible', '125%', '4']);
    // Three quarters of Ria's ballots go to Ann next: the darkest shade in the row.
    const toAnn = ria.querySelector('[data-to="c-ann"]');
    expect(toAnn).toHaveStyle({ background: 'rgb(155 87 110)', color: '#ffffff' });
    expect(ria.querySelector('[data-to="c-ben"]')).toHaveStyle({ background: 'rgb(255 255 255)' });
    expect(screen.getByRole('region', { name: /Next preferences of 9/ })).toHaveAttribute(
      'tabindex',
      '0',
    );
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('says so before any member has ranked candidates', () => {
    render(<TransferHeatMap candidates={[ANN, RIA]} transfers={[]} />);
    expect(screen.getByText('No member has ranked candidates yet.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
