import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { renderPage, VOLUNTEER } from '../../../test/render';
import {
  CALLING_LIST_QUERY,
  CLAIM_NEXT_CONTACT_MUTATION,
  CURRENT_CLAIM_QUERY,
} from '../graphql/calling.operations';
import { CallPage } from './CallPage';

function callingList(openNow: boolean) {
  return {
    request: { query: CALLING_LIST_QUERY, variables: { id: 'cl1' } },
    result: {
      data: {
        callList: {
          __typename: 'CallList',
          id: 'cl1',
          name: 'LE evening',
          status: 'ACTIVE',
          remaining: 0,
          region: { __typename: 'Region', id: 'r-ldn', code: 'LDN', name: 'London & Eastern' },
          callingHours: {
            __typename: 'CallingHours',
            from: '10:00',
            to: '21:00',
            timeZone: 'Europe/London',
            openNow,
          },
        },
      },
    },
    maxUsageCount: 2,
  };
}

const noCurrentClaim = {
  request: { query: CURRENT_CLAIM_QUERY, variables: { callListId: 'cl1' } },
  result: { data: { currentClaim: null } },
};

const nobodyToClaim = {
  request: { query: CLAIM_NEXT_CONTACT_MUTATION, variables: { callListId: 'cl1' } },
  result: { data: { claimNextContact: null } },
};

const route = { path: '/calling/:callListId', at: '/calling/cl1' };

describe('the call page', () => {
  it('says nobody is due when the list has no member to give', async () => {
    const user = userEvent.setup();
    renderPage(<CallPage />, {
      ...route,
      user: VOLUNTEER,
      mocks: [callingList(true), noCurrentClaim, nobodyToClaim],
    });
    await screen.findByRole('heading', { name: 'LE evening', level: 1 });
    await user.click(await screen.findByRole('button', { name: 'Get next member' }));
    expect(await screen.findByText('Nobody is due on this list now')).toBeInTheDocument();
    expect(screen.queryByText(/Calls are taken from/)).not.toBeInTheDocument();
  });

  it('gives the calling hours when nobody is due because the list is closed', async () => {
    const user = userEvent.setup();
    renderPage(<CallPage />, {
      ...route,
      user: VOLUNTEER,
      mocks: [callingList(false), noCurrentClaim, nobodyToClaim],
    });
    await screen.findByRole('heading', { name: 'LE evening', level: 1 });
    await user.click(await screen.findByRole('button', { name: 'Get next member' }));
    expect(await screen.findByText('Nobody is due on this list now')).toBeInTheDocument();
    expect(
      await screen.findByText('Calls are taken from 10:00 to 21:00 (UK time).'),
    ).toBeInTheDocument();
  });

  it('shows the member already held, with a number to tap', async () => {
    const { container } = renderPage(<CallPage />, {
      ...route,
      user: VOLUNTEER,
      mocks: [
        callingList(true),
        {
          request: noCurrentClaim.request,
          result: {
            data: {
              currentClaim: {
                __typename: 'Claim',
                id: 'c1',
                claimedAt: '2026-03-01T18:00:00.000Z',
                expiresAt: '2026-03-01T18:10:00.000Z',
                member: {
                  __typename: 'Member',
                  id: 'm1',
                  membershipNumber: 'M100001',
                  firstName: 'Ada',
                  lastName: 'Lovelace',
                  erased: false,
                  phone: '+442079460001',
                  phoneType: 'MOBILE',
                  sharedPhone: false,
                  region: {
                    __typename: 'Region',
                    id: 'r-ldn',
                    code: 'LDN',
                    name: 'London & Eastern',
                  },
                },
              },
            },
          },
        },
      ],
    });
    expect(
      await screen.findByRole('link', { name: 'Call Ada Lovelace on +442079460001' }),
    ).toHaveAttribute('href', 'tel:+442079460001');
    expect(screen.getByRole('button', { name: /No answer/ })).toHaveAttribute(
      'aria-keyshortcuts',
      '2',
    );
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });
});
