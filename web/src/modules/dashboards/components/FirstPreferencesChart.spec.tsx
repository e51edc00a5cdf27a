import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ANN, BEN, IDA, RIA } from '../testing/candidates';
import { FirstPreferencesChart } from './FirstPreferencesChart';

const FIRST_PREFERENCES = [
  { candidate: ANN, count: 30 },
  { candidate: RIA, count: 55 },
  { candidate: BEN, count: 12 },
  { candidate: IDA, count: 0 },
];

describe('the first preferences chart', () => {
  it('draws a bar per candidate, largest first, with names, counts and our slate marked', async () => {
    const { container } = render(
      <FirstPreferencesChart firstPreferences={FIRST_PREFERENCES} quota={50} />,
    );
    const rows = container.querySelectorAll('.pb-bars__row');
    expect([...rows].map((row) => row.textContent)).toEqual([
      'Ria Rival55',
      'Ann Oursours30',
      'Ben Oursours12',
      'Ida Independent0',
    ]);
    // Scale 0–60: Ria's 55 is 91.67% of it, and her bar takes the slate's colour.
    const ria = container.querySelector('[data-bar="c-ria"] rect');
    expect(ria).toHaveAttribute('width', '91.67%');
    expect(ria).toHaveStyle({ fill: '#1d4f91' });
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('draws the quota line where the quota falls on the scale, on every bar', () => {
    const { container } = render(
      <FirstPreferencesChart firstPreferences={FIRST_PREFERENCES} quota={50} />,
    );
    const lines = container.querySelectorAll('line[data-line="quota"]');
    expect(lines).toHaveLength(4);
    // 50 on a scale ending at 60.
    for (const line of lines) expect(line).toHaveAttribute('x1', '83.33%');
    expect(screen.getByText('Quota: 50 votes')).toBeInTheDocument();
  });

  it('is one image named by a summary that says the quota and who reaches it', () => {
    render(<FirstPreferencesChart firstPreferences={FIRST_PREFERENCES} quota={50} />);
    expect(
      screen.getByRole('img', {
        name: 'First preferences of pledged members against the quota of 50; 1 of 4 candidates reach it: Ria Rival 55, Ann Ours (ours) 30, Ben Ours (ours) 12, Ida Independent 0.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'First preferences against the quota' }),
    ).toBeVisible();
  });

  it('opens the same figures as a table', async () => {
    const user = userEvent.setup();
    render(<FirstPreferencesChart firstPreferences={FIRST_PREFERENCES} quota={50} />);
    await user.click(screen.getByText('Show the figures'));
    const table = screen.getByRole('table', { name: 'First preferences against the quota' });
    const ann = within(table).getByRole('row', { name: /Ann Ours/ });
    expect(
      within(ann)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Ann Ours', '30', 'ours']);
  });

  it('says so when nobody has pledged a first preference, and draws no line without a quota', () => {
    const { container } = render(
      <FirstPreferencesChart
        firstPreferences={[
          { candidate: ANN, count: 0 },
          { candidate: RIA, count: 0 },
        ]}
        quota={0}
      />,
    );
    expect(screen.getByText('No pledged member has given a first preference yet.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.querySelector('line')).toBeNull();
  });
});
