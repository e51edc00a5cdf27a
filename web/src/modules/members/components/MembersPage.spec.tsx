import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import { MEMBER_REGION_CHOICES_QUERY, MEMBERS_QUERY } from '../graphql/members.operations';
import { MEMBERS_PAGE_SIZE, MembersPage } from './MembersPage';

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

function member(index: number) {
  return {
    __typename: 'MemberSummary',
    id: `m${index}`,
    membershipNumber: `M${String(index).padStart(5, '0')}`,
    firstName: 'Member',
    lastName: `Number ${index}`,
    postcode: 'E1 6AN',
    maskedPhone: '+44 •••• ••0123',
    doNotCall: index === 2,
    erased: false,
    sharedPhone: index === 3,
    pledgeStatus: null,
    called: false,
    region: { __typename: 'Region', id: 'r-le', code: 'LE', name: 'London & Eastern' },
  };
}

function membersPage(offset: number, total: number, filter = {}) {
  const count = Math.max(0, Math.min(MEMBERS_PAGE_SIZE, total - offset));
  return {
    request: { query: MEMBERS_QUERY, variables: { filter, offset, limit: MEMBERS_PAGE_SIZE } },
    result: {
      data: {
        members: {
          __typename: 'MemberPage',
          total,
          offset,
          limit: MEMBERS_PAGE_SIZE,
          items: Array.from({ length: count }, (_, i) => member(offset + i + 1)),
        },
      },
    },
  };
}

const route = { path: '/members', at: '/members' };

describe('the members page', () => {
  it('says to import a member list when there are no members', async () => {
    renderPage(<MembersPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [regionChoices, membersPage(0, 0)],
    });
    expect(await screen.findByText('No members yet.')).toBeInTheDocument();
    expect(screen.getByText(/Import a member list/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Import members' })[0]).toHaveAttribute(
      'href',
      '/members/import',
    );
  });

  it('shows the total and pages through the members on the server', async () => {
    const user = userEvent.setup();
    renderPage(<MembersPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [regionChoices, membersPage(0, 120), membersPage(50, 120)],
    });
    expect(await screen.findByRole('link', { name: 'Member Number 1' })).toHaveAttribute(
      'href',
      '/members/m1',
    );
    expect(screen.getByText('1–50 of 120 members')).toBeInTheDocument();
    expect(screen.getByText('Opted out', { selector: '.pb-badge' })).toBeInTheDocument();
    expect(screen.getByText('Shared')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Member Number 51' })).toBeInTheDocument();
    expect(screen.getByText('51–100 of 120 members')).toBeInTheDocument();
  });

  it('searches on the server once typing stops, and "/" jumps to the search box', async () => {
    const user = userEvent.setup();
    renderPage(<MembersPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [regionChoices, membersPage(0, 3), membersPage(0, 0, { search: 'nobody' })],
    });
    await screen.findByRole('link', { name: 'Member Number 1' });
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(search).toHaveFocus();
    await user.keyboard('nobody');
    expect(await screen.findByText('No members match.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Member Number 1')).not.toBeInTheDocument());
  });

  it('offers only the coordinator’s own regions and exports the chosen one', async () => {
    renderPage(<MembersPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [regionChoices, membersPage(0, 3)],
    });
    await screen.findByRole('link', { name: 'Member Number 1' });
    const region = screen.getByRole('combobox', { name: 'Region' });
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'LE: London & Eastern' })).toBeInTheDocument(),
    );
    expect(screen.queryByRole('option', { name: /Scotland/ })).not.toBeInTheDocument();
    expect(region).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Export members (CSV)' })).toBeDisabled();
  });

  it('has no serious accessibility problems', async () => {
    const { container } = renderPage(<MembersPage />, {
      ...route,
      user: COORDINATOR,
      mocks: [regionChoices, membersPage(0, 120)],
    });
    await screen.findByRole('link', { name: 'Member Number 1' });
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });
});
