import { render, screen } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { SecondPreferenceChart } from './SecondPreferenceChart';

describe('the second-preference chart', () => {
  it('shows agreed, unsure, declined and not asked with counts and shares', async () => {
    const { container } = render(
      <SecondPreferenceChart
        secondPreferences={[
          { answer: 'DECLINED', count: 1 },
          { answer: 'AGREED', count: 3 },
        ]}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Answers to the second-preference ask: Agreed 3 (75%), Unsure 0 (0%), Declined 1 (25%), Not asked 0 (0%).',
      }),
    ).toBeInTheDocument();
    expect(container.querySelector('[data-bar="AGREED"]')).toHaveTextContent('Agreed3 (75%)');
    expect(container.querySelector('[data-bar="AGREED"] rect')).toHaveAttribute('width', '75%');
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('says so before anyone was asked', () => {
    render(<SecondPreferenceChart secondPreferences={[{ answer: 'AGREED', count: 0 }]} />);
    expect(screen.getByText('Nobody has been asked for a second preference yet.')).toBeVisible();
  });
});
