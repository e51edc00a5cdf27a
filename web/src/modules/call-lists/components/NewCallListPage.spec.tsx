import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import { MEMBER_REGION_CHOICES_QUERY } from '../../members/graphql/members.operations';
import {
  CALL_LIST_MATCH_COUNT_QUERY,
  CREATE_CALL_LIST_MUTATION,
} from '../graphql/call-lists.operations';
import { NewCallListPage } from './NewCallListPage';

const COORDINATOR = {
  ...ADMIN,
  id: 'u-coord',
  name: 'Cora Coordinator',
  role: 'COORDINATOR' as const,
  regions: [{ __typename: 'Region' as const, id: 'r-le', code: 'LE', name: 'London & Eastern' }],
};

const regionChoices = {
  request: { query: MEMBER_REGION_CHOICES_QUERY },
  result: {
    data: {
      elections: [
        {
          __typename: 'Election',
          id: 'e1',
          name: 'NCG 2026',
          createdAt: '2026-01-01T00:00:00.000Z',
          regions: [
            { __typename: 'Region', id: 'r-le', code: 'LE', name: 'London & Eastern' },
            { __typename: 'Region', id: 'r-sc', code: 'SC', name: 'Scotland' },
          ],
        },
      ],
    },
  },
  maxUsageCount: 10,
};

function matchCount(filter: object, total: number) {
  return {
    request: { query: CALL_LIST_MATCH_COUNT_QUERY, variables: { regionId: 'r-le', filter } },
    result: { data: { callListMatchCount: total } },
  };
}

const route = {
  path: '/call-lists/new',
  at: '/call-lists/new',
  otherRoutes: [{ path: '/call-lists/:callListId', element: <h1>The new list</h1> }],
};

describe('the new call list form', () => {
  it('counts the members who match as the coordinator narrows the filter', async () => {
    const user = userEvent.setup();
    const { container } = renderPage(<NewCallListPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [
        regionChoices,
        matchCount({}, 1204),
        matchCount({ mobileOnly: true }, 530),
        matchCount({ mobileOnly: true, unpledged: true }, 1),
      ],
    });
    expect(await screen.findByText('1,204 members match')).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Scotland/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Mobile numbers only' }));
    expect(await screen.findByText('530 members match')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'No pledge yet' }));
    expect(await screen.findByText('1 member matches')).toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('shows the server’s refusal next to the field it names', async () => {
    const user = userEvent.setup();
    const input = {
      name: 'LE evening',
      regionId: 'r-le',
      filter: {},
      callingHours: { from: '10:00', to: '21:00', timeZone: 'Europe/London' },
      maxAttempts: 3,
    };
    renderPage(<NewCallListPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [
        regionChoices,
        matchCount({}, 12),
        {
          request: { query: CREATE_CALL_LIST_MUTATION, variables: { input } },
          result: {
            errors: [
              {
                message: 'A call list named LE evening exists in this region already.',
                extensions: { code: 'BAD_USER_INPUT', field: 'name' },
              },
            ],
          },
        },
      ],
    });
    await screen.findByText('12 members match');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'LE evening');
    await user.click(screen.getByRole('button', { name: 'Create call list' }));
    expect(await screen.findByText(/exists in this region already/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes to the new list once it is made', async () => {
    const user = userEvent.setup();
    const input = {
      name: 'LE evening',
      regionId: 'r-le',
      filter: {},
      callingHours: { from: '10:00', to: '21:00', timeZone: 'Europe/London' },
      maxAttempts: 3,
    };
    renderPage(<NewCallListPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [
        regionChoices,
        matchCount({}, 12),
        {
          request: { query: CREATE_CALL_LIST_MUTATION, variables: { input } },
          result: {
            data: {
              createCallList: { __typename: 'CallList', id: 'cl1', name: 'LE evening', size: 12 },
            },
          },
        },
      ],
    });
    await screen.findByText('12 members match');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'LE evening');
    await user.click(screen.getByRole('button', { name: 'Create call list' }));
    expect(await screen.findByRole('heading', { name: 'The new list' })).toBeInTheDocument();
  });
});
