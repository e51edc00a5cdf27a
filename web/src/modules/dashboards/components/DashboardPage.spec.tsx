import { type MockLink } from '@apollo/client/testing';
import { act, screen, within } from '@testing-library/react';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import { RETENTION_WARNINGS_QUERY } from '../../elections/graphql/elections.operations';
import { DASHBOARD_ELECTIONS_QUERY, REGION_TALLIES_QUERY } from '../graphql/dashboards.operations';
import { LATEST_PROJECTION_RUN_QUERY } from '../graphql/projections.operations';
import { liveTestLink } from '../testing/live-link';
import { projectionRun } from '../testing/projections';
import { REGION, regionCard } from '../testing/tallies';
import { DashboardPage } from './DashboardPage';

// The mocked link stands in for the WebSocket here; the browser test drives the real one.
jest.mock('../../../apollo/live/useLiveSubscription', () => ({
  useLiveSubscription: jest.requireActual('@apollo/client/react').useSubscription,
}));

const COORDINATOR = { ...ADMIN, id: 'u-coord', name: 'Cora', role: 'COORDINATOR' as const };
const SOUTH_EAST = { ...REGION, id: 'r-se', code: 'SE', name: 'South East', seats: 3 };

const noProjection = (regionId: string) => ({
  request: { query: LATEST_PROJECTION_RUN_QUERY, variables: { regionId } },
  result: { data: { latestProjectionRun: null } },
});

function overview(
  tallies: ReturnType<typeof regionCard>[],
  projections: MockLink.MockedResponse[] = [noProjection('r-le')],
) {
  return liveTestLink([
    ...projections,
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
  it('warns an admin of the elections whose contact details are anonymised soon', async () => {
    const { link } = overview(
      [regionCard(21, '2026-03-02T19:00:00.000Z')],
      [
        noProjection('r-le'),
        {
          request: { query: RETENTION_WARNINGS_QUERY },
          result: {
            data: {
              retentionWarnings: [
                {
                  __typename: 'RetentionWarning',
                  electionId: 'e-1',
                  electionName: 'NCG 2026',
                  anonymisedOn: '2027-08-04',
                  members: 1,
                },
              ],
            },
          },
        },
      ],
    );
    renderPage(<DashboardPage />, { path: '/dashboard', user: ADMIN, link });
    expect(
      await screen.findByText(
        /Contact details of 1 member of NCG 2026 will be anonymised on 4 August 2027/,
      ),
    ).toBeInTheDocument();
  });

  it('shows a card per region with its figures and a link to its dashboard', async () => {
    const { link } = overview(
      [
        regionCard(21, '2026-03-02T19:00:00.000Z'),
        regionCard(4, '2026-03-02T19:00:00.000Z', SOUTH_EAST),
      ],
      [
        {
          request: { query: LATEST_PROJECTION_RUN_QUERY, variables: { regionId: 'r-le' } },
          result: { data: { latestProjectionRun: projectionRun('SUCCEEDED') } },
        },
        noProjection('r-se'),
      ],
    );
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
    expect(within(le).getByText('21 pledged: 70% of a quota (30)')).toBeVisible();
    // The quota line stands at 30 on a scale to 40.
    expect(le.querySelector('line[data-line="30"]')).toHaveAttribute('x1', '75%');
    expect(
      await within(le).findByText('of 6 seats expected for our slate', { exact: false }),
    ).toHaveTextContent('1.4 of 6 seats expected for our slate');
    expect(le.querySelector('dl')).toHaveTextContent('Members900Called60Reached47');
    const se = screen
      .getByRole('link', { name: 'SE: South East' })
      .closest('section') as HTMLElement;
    expect(await within(se).findByText('No projection yet.')).toBeVisible();
    expect(within(se).getByRole('button', { name: 'Run the SE projection' })).toBeVisible();
    // One election: nothing to choose.
    expect(screen.queryByRole('combobox', { name: 'Election' })).not.toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('moves a card when its region’s recount is pushed', async () => {
    const { link, pushes } = overview([regionCard(21, '2026-03-02T19:00:00.000Z')]);
    renderPage(<DashboardPage />, { path: '/dashboard', user: COORDINATOR, link });
    expect(await screen.findByText('21 pledged: 70% of a quota (30)')).toBeVisible();
    act(() =>
      pushes.simulateResult({
        result: { data: { regionTallyChanged: regionCard(22, '2026-03-02T19:00:05.000Z') } },
      }),
    );
    expect(await screen.findByText('22 pledged: 73% of a quota (30)')).toBeVisible();
  });

  it('says so when the coordinator has no region', async () => {
    const { link } = overview([], []);
    renderPage(<DashboardPage />, { path: '/dashboard', user: COORDINATOR, link });
    expect(await screen.findByText('No regions to show.')).toBeVisible();
  });
});
