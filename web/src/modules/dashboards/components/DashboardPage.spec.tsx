import { act, screen, within } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import { DASHBOARD_ELECTIONS_QUERY, REGION_TALLIES_QUERY } from '../graphql/dashboards.operations';
import { liveTestLink } from '../testing/live-link';
import { REGION, regionCard } from '../testing/tallies';
import { DashboardPage } from './DashboardPage';

// The mocked link stands in for the WebSocket here; the browser test drives the real one.
jest.mock('../../../apollo/live/useLiveSubscription', () => ({
  useLiveSubscription: jest.requireActual('@apollo/client/react').useSubscription,
}));

const COORDINATOR = { ...ADMIN, id: 'u-coord', name: 'Cora', role: 'COORDINATOR' as const };
const SOUTH_EAST = { ...REGION, id: 'r-se', code: 'SE', name: 'South East', seats: 3 };

function overview(tallies: ReturnType<typeof regionCard>[]) {
  return liveTestLink([
    {
      request: { query: DASHBOARD_ELECTIONS_QUERY },
      result: {
        data: { elections: [{ __typename: 'Election', id: 'e-1', name: 'NCG 2026' }] },
      },
    },
    {
      request: { query: REGION_TALLIES_QUERY, variables: {} },
      result: { data: { regionTallies: tallies } },
    },
  ]);
}

describe('the national overview', () => {
  it('shows a card per region with its figures and a link to its dashboard', async () => {
    const { link } = overview([
      regionCard(21, '2026-03-02T19:00:00.000Z'),
      regionCard(4, '2026-03-02T19:00:00.000Z', SOUTH_EAST),
    ]);
    const { container } = renderPage(<DashboardPage />, {
      path: '/dashboard',
      user: COORDINATOR,
      link,
    });
    const le = (await screen.findByRole('link', { name: 'LE: London & Eastern' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(le).getByRole('link', { name: 'LE: London & Eastern' })).toHaveAttribute(
      'href',
      '/dashboard/regions/r-le',
    );
    expect(within(le).getByText('6 seats · updated')).toBeVisible();
    expect(within(le).getByText('21 pledged; no quota yet')).toBeVisible();
    expect(le.querySelector('dl')).toHaveTextContent('Members900Called60Reached47');
    expect(screen.getByRole('link', { name: 'SE: South East' })).toBeVisible();
    // One election: nothing to choose.
    expect(screen.queryByRole('combobox', { name: 'Election' })).not.toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('moves a card when its region’s recount is pushed', async () => {
    const { link, pushes } = overview([regionCard(21, '2026-03-02T19:00:00.000Z')]);
    renderPage(<DashboardPage />, { path: '/dashboard', user: COORDINATOR, link });
    expect(await screen.findByText('21 pledged; no quota yet')).toBeVisible();
    act(() =>
      pushes.simulateResult({
        result: { data: { regionTallyChanged: regionCard(22, '2026-03-02T19:00:05.000Z') } },
      }),
    );
    expect(await screen.findByText('22 pledged; no quota yet')).toBeVisible();
  });

  it('says so when the coordinator has no region', async () => {
    const { link } = overview([]);
    renderPage(<DashboardPage />, { path: '/dashboard', user: COORDINATOR, link });
    expect(await screen.findByText('No regions to show.')).toBeVisible();
  });
});
