import { render, screen } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ANN, BEN } from '../testing/candidates';
import { SecondPreferenceCandidatesChart } from './SecondPreferenceCandidatesChart';

describe('agreed second-preference asks by our candidate', () => {
  it('draws a bar per candidate of ours, most agreed first', async () => {
    const { container } = render(
      <SecondPreferenceCandidatesChart
        secondPreferenceCandidates={[
          { candidate: ANN, count: 2 },
          { candidate: BEN, count: 7 },
        ]}
        headingLevel={3}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Agreed second-preference asks by our candidate: Ben Ours 7, Ann Ours 2.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Agreed, by our candidate' }),
    ).toBeVisible();
    expect(container.querySelector('[data-bar="c-ben"]')).toHaveTextContent('Ben Ours7');
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('says so before anyone agreed', () => {
    render(
      <SecondPreferenceCandidatesChart
        secondPreferenceCandidates={[{ candidate: ANN, count: 0 }]}
      />,
    );
    expect(screen.getByText('Nobody has agreed to rank one of ours next yet.')).toBeVisible();
  });
});
