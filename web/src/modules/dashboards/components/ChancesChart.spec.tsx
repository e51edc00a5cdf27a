import { render, screen } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ANN, BEN, RIA } from '../testing/candidates';
import { ChancesChart } from './ChancesChart';

describe('the chances chart', () => {
  it('shows each candidate’s chance as a percentage on a scale to 100%, elected ones marked', async () => {
    const { container } = render(
      <ChancesChart
        chances={[
          { candidate: BEN, count: 250 },
          { candidate: ANN, count: 980 },
          { candidate: RIA, count: 1000 },
        ]}
        simulations={1000}
        elected={[RIA, ANN]}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Chance of election over 1,000 simulated counts: Ria Rival (elected) 100%, Ann Ours (ours, elected) 98%, Ben Ours (ours) 25%.',
      }),
    ).toBeInTheDocument();
    expect(container.querySelector('[data-bar="c-ben"] rect')).toHaveAttribute('width', '25%');
    expect(container.querySelector('[data-bar="c-ria"] rect')).toHaveAttribute('width', '100%');
    expect(container.querySelector('[data-bar="c-ann"] .pb-bars__note')).toHaveTextContent(
      'ours, elected',
    );
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('says so when the projection has no candidates', () => {
    render(<ChancesChart chances={[]} simulations={0} elected={[]} />);
    expect(screen.getByText('The projection has no candidates.')).toBeVisible();
  });
});
