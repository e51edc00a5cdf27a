import { act, screen } from '@testing-library/react';

import { setLiveStatus } from '../../../apollo/live/live-status';
import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import { REGION_TALLY_QUERY } from '../graphql/dashboards.operations';
import {
  LATEST_PROJECTION_RUN_QUERY,
  PROJECTION_ASSUMPTIONS_QUERY,
} from '../graphql/projections.operations';
import { liveTestLink } from '../testing/live-link';
import { ASSUMPTIONS, ELECTION } from '../testing/projections';
import { regionTally } from '../testing/tallies';
import { RegionDashboardPage } from './RegionDashboardPage';

// The mocked link stands in for the WebSocket here; the browser test drives the real one.
jest.mock('../../../apollo/live/useLiveSubscription', () => ({
  useLiveSubscription: jest.requireActual('@apollo/client/react').useSubscription,
}));

const COORDINATOR = { ...ADMIN, id: 'u-coord', name: 'Cora', role: 'COORDINATOR' as const };
const route = { path: '/dashboard/regions/:regionId', at: '/dashboard/regions/r-le' };

/** The projection panel's reads: no run yet, and the assumptions. */
const PROJECTION_MOCKS = [
  {
    request: { query: LATEST_PROJECTION_RUN_QUERY, variables: { regionId: 'r-le' } },
    result: { data: { latestProjectionRun: null } },
  },
  {
    request: {
      query: PROJECTION_ASSUMPTIONS_QUERY,
      variables: { regionId: 'r-le', electionId: 'e-1' },
    },
    result: { data: { projectionAssumptions: ASSUMPTIONS, election: ELECTION } },
  },
];

function annBar(): HTMLElement | null {
  return document.querySelector('[data-bar="c-ann"]');
}

describe('a region’s dashboard', () => {
  afterEach(() => act(() => setLiveStatus('idle')));

  it('draws the region’s figures and charts, then moves when a recount is pushed', async () => {
    const { link, pushes } = liveTestLink([
      {
        request: { query: REGION_TALLY_QUERY, variables: { regionId: 'r-le' } },
        result: { data: { regionTally: regionTally(5, '2026-03-02T19:00:00.000Z') } },
      },
      ...PROJECTION_MOCKS,
    ]);
    const { container } = renderPage(<RegionDashboardPage />, {
      ...route,
      user: COORDINATOR,
      link,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'LE: London & Eastern' }),
    ).toBeVisible();
    await screen.findByRole('button', { name: 'Save assumptions' });
    expect(annBar()).toHaveTextContent('Ann Oursours5');
    expect(screen.getByText('6 seats · quota 12')).toBeVisible();
    // The quota (12) on a scale to 15.
    expect(annBar()?.querySelector('line[data-line="quota"]')).toHaveAttribute('x1', '80%');
    expect(container.querySelector('dl')).toHaveTextContent('Pledged21');
    for (const name of [
      'First preferences against the quota',
      'Pledge statuses',
      'Second-preference ask',
      'Agreed, by our candidate',
      'Pledges over time',
      'Transfers',
      'Projection',
      'Assumptions',
      'Volunteers',
    ])
      expect(screen.getByRole('heading', { name })).toBeVisible();
    expect(
      screen.getByRole('table', { name: /Next preferences of 4 ranked pledges/ }),
    ).toBeVisible();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);

    // A volunteer records a pledge for Ann: the server pushes the recount, nothing is asked again.
    act(() =>
      pushes.simulateResult({
        result: { data: { regionTallyChanged: regionTally(6, '2026-03-02T19:00:05.000Z') } },
      }),
    );
    expect(await screen.findByText('Updated 19:00:05')).toBeVisible();
    expect(annBar()).toHaveTextContent('Ann Oursours6');

    // A push older than what is shown (it crossed a refetch) changes nothing.
    act(() =>
      pushes.simulateResult({
        result: { data: { regionTallyChanged: regionTally(4, '2026-03-02T19:00:01.000Z') } },
      }),
    );
    expect(annBar()).toHaveTextContent('Ann Oursours6');
  });

  it('says whether it is live', async () => {
    const { link } = liveTestLink([
      {
        request: { query: REGION_TALLY_QUERY, variables: { regionId: 'r-le' } },
        result: { data: { regionTally: regionTally(5, '2026-03-02T19:00:00.000Z') } },
      },
      ...PROJECTION_MOCKS,
    ]);
    renderPage(<RegionDashboardPage />, { ...route, user: COORDINATOR, link });
    await screen.findByRole('heading', { level: 1, name: 'LE: London & Eastern' });
    expect(screen.getByText('Connecting…')).toHaveAttribute('role', 'status');
    act(() => setLiveStatus('connected'));
    expect(screen.getByText('Live')).toHaveAttribute('role', 'status');
    act(() => setLiveStatus('down'));
    expect(screen.getByText('Reconnecting…')).toHaveAttribute('role', 'status');
    expect(screen.getByText('Updated 19:00:00')).toBeVisible();
    await screen.findByRole('button', { name: 'Save assumptions' });
  });

  it('says it is not live when the server refuses the subscription', async () => {
    const { link, pushes } = liveTestLink([
      {
        request: { query: REGION_TALLY_QUERY, variables: { regionId: 'r-le' } },
        result: { data: { regionTally: regionTally(5, '2026-03-02T19:00:00.000Z') } },
      },
      ...PROJECTION_MOCKS,
    ]);
    renderPage(<RegionDashboardPage />, { ...route, user: COORDINATOR, link });
    await screen.findByRole('heading', { level: 1, name: 'LE: London & Eastern' });
    await screen.findByRole('button', { name: 'Save assumptions' });
    act(() => setLiveStatus('connected'));
    act(() => pushes.simulateResult({ error: new Error('Live updates stopped (4403).') }));
    expect(await screen.findByText('Not live: refreshed every 15 s')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('says so when the region is not one of the coordinator’s', async () => {
    const { link } = liveTestLink([
      {
        request: { query: REGION_TALLY_QUERY, variables: { regionId: 'r-le' } },
        result: {
          errors: [
            { message: 'You do not coordinate this region.', extensions: { code: 'FORBIDDEN' } },
          ],
        },
      },
    ]);
    renderPage(<RegionDashboardPage />, { ...route, user: COORDINATOR, link });
    expect(await screen.findByText('You do not coordinate this region.')).toBeVisible();
    expect(screen.getByText('There is no such region, or not in your regions.')).toBeVisible();
  });
});
