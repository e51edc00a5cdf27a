import { render, screen } from '@testing-library/react';

import { quotaMarks, QuotaBar } from './QuotaBar';

describe('a region’s pledges against the quota', () => {
  it('says the pledges as a share of a quota and draws the quota line on the bar', () => {
    const { container } = render(<QuotaBar pledged={30} quota={50} seats={3} />);
    expect(screen.getByText('30 pledged: 60% of a quota (50)')).toBeVisible();
    // Scale to 60: the bar is half of it and the quota line at 83.33%.
    expect(container.querySelector('rect')).toHaveAttribute('width', '50%');
    expect(container.querySelector('line[data-line="50"]')).toHaveAttribute('x1', '83.33%');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws a line for every quota passed and the next, never more than the seats', () => {
    expect(quotaMarks(30, 50, 3)).toEqual([50]);
    expect(quotaMarks(120, 50, 3)).toEqual([50, 100, 150]);
    expect(quotaMarks(400, 50, 3)).toEqual([50, 100, 150]);
    expect(quotaMarks(400, 50, 1)).toEqual([50]);
  });

  it('draws no line while there is no quota', () => {
    const { container } = render(<QuotaBar pledged={4} quota={0} seats={3} />);
    expect(screen.getByText('4 pledged; no quota yet')).toBeVisible();
    expect(container.querySelector('line')).toBeNull();
  });
});
