import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { ADMIN, renderPage } from '../../../test/render';
import { ERASE_MEMBER_MUTATION, MEMBER_QUERY } from '../graphql/members.operations';
import { MemberPage } from './MemberPage';

const COORDINATOR = { ...ADMIN, id: 'u-coord', role: 'COORDINATOR' as const };

const member = {
  __typename: 'Member',
  id: 'm1',
  membershipNumber: 'M00042',
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: '+442079460001',
  phoneType: 'FIXED_LINE',
  email: 'ada@example.org',
  postcode: 'E1 6AN',
  tags: ['union'],
  doNotCall: false,
  optedOutAt: null,
  optOutReason: null,
  erased: false,
  sharedPhone: true,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-07-01T10:00:00Z',
  region: { __typename: 'Region', id: 'r-le', code: 'LE', name: 'London & Eastern' },
  latestPledge: null,
};

const memberQuery = {
  request: { query: MEMBER_QUERY, variables: { id: 'm1' } },
  result: { data: { member } },
  maxUsageCount: 5,
};
const route = { path: '/members/:memberId', at: '/members/m1' };

describe('the member page', () => {
  it('shows the details, says views are recorded, and warns of a shared phone', async () => {
    renderPage(<MemberPage />, { ...route, user: COORDINATOR, mocks: [memberQuery] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
    expect(screen.getByText('Viewing contact details is recorded in the audit log.')).toBeVisible();
    expect(screen.getByText('Shared phone number')).toBeVisible();
    expect(screen.getByRole('link', { name: '+442079460001' })).toHaveAttribute(
      'href',
      'tel:+442079460001',
    );
    // 1 July is British Summer Time.
    expect(screen.getByText('1 Jul 2026, 11:00')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Opt out' })).toBeVisible();
    // Nothing on the page promises a feature for later.
    expect(
      screen.getByText(
        'No pledge recorded yet: a volunteer records one when the member answers a call.',
      ),
    ).toBeVisible();
    expect(screen.queryByText(/later release|arrives|will show here/i)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Erase member' })).not.toBeInTheDocument();
  });

  it('offers the subject access download to admins only', async () => {
    const first = renderPage(<MemberPage />, { ...route, user: ADMIN, mocks: [memberQuery] });
    expect(
      await screen.findByRole('button', { name: 'Download all data held (subject access)' }),
    ).toBeInTheDocument();
    first.unmount();
    renderPage(<MemberPage />, { ...route, user: COORDINATOR, mocks: [memberQuery] });
    expect(await screen.findByRole('button', { name: 'Opt out' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Download all data held (subject access)' }),
    ).not.toBeInTheDocument();
  });

  it('lets an admin erase only after typing the membership number', async () => {
    const user = userEvent.setup();
    const erased = jest.fn(() => ({
      data: {
        eraseMember: {
          __typename: 'Member',
          id: 'm1',
          membershipNumber: '',
          firstName: 'Erased member',
          lastName: '',
          phone: null,
          email: null,
          postcode: null,
          erased: true,
        },
      },
    }));
    renderPage(<MemberPage />, {
      ...route,
      user: ADMIN,
      mocks: [
        memberQuery,
        {
          request: { query: ERASE_MEMBER_MUTATION, variables: { memberId: 'm1' } },
          result: erased,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Erase member' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase Ada Lovelace?' });
    const confirm = within(dialog).getByRole('button', { name: 'Erase for good' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'M0004');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), '2');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(await screen.findByText('This member was erased')).toBeVisible();
    expect(erased).toHaveBeenCalledTimes(1);
  });

  it('has no serious accessibility problems', async () => {
    const { container } = renderPage(<MemberPage />, {
      ...route,
      user: ADMIN,
      mocks: [memberQuery],
    });
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });
});
