import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';

import { seriousAccessibilityProblems } from '../../../test/axe';
import { renderPage, VOLUNTEER } from '../../../test/render';
import { DEFAULT_CALL_SCRIPT } from '@phonebank/domain';
import { type RecordCallOutcomeInput } from '../../../gql/graphql';
import {
  CALLING_LIST_QUERY,
  CLAIM_NEXT_CONTACT_MUTATION,
  CURRENT_CLAIM_QUERY,
  RECORD_CALL_OUTCOME_MUTATION,
} from '../graphql/calling.operations';
import { OutboxStore } from '../outbox/outbox-store';
import { CallPage } from './CallPage';

function claimOf(id: string, firstName: string, lastName: string, phone: string) {
  return {
    __typename: 'Claim',
    id,
    claimedAt: '2026-03-01T18:00:00.000Z',
    expiresAt: '2026-03-01T18:10:00.000Z',
    recommendedFirstPreference: { __typename: 'Candidate', id: 'cand-ann' },
    member: {
      __typename: 'Member',
      id: `m-${id}`,
      membershipNumber: `M-${id}`,
      firstName,
      lastName,
      erased: false,
      phone,
      phoneType: 'MOBILE',
      sharedPhone: false,
      region: { __typename: 'Region', id: 'r-ldn', code: 'LDN', name: 'London & Eastern' },
    },
  };
}

const holdingAda = {
  request: { query: CURRENT_CLAIM_QUERY, variables: { callListId: 'cl1' } },
  result: { data: { currentClaim: claimOf('c1', 'Ada', 'Lovelace', '+442079460001') } },
};

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
          election: {
            __typename: 'Election',
            id: 'e1',
            name: 'NCG 2026',
            slates: [{ __typename: 'Slate', id: 's1', name: 'Grassroots Left', ours: true }],
          },
          region: {
            __typename: 'Region',
            id: 'r-ldn',
            code: 'LDN',
            name: 'London & Eastern',
            seats: 6,
            candidates: [
              {
                __typename: 'Candidate',
                id: 'cand-ann',
                name: 'Ann Ours',
                pitch: 'Branch secretary.',
                slate: { __typename: 'Slate', id: 's1', ours: true },
              },
              {
                __typename: 'Candidate',
                id: 'cand-rita',
                name: 'Rita Rival',
                pitch: null,
                slate: null,
              },
            ],
          },
          callingHours: {
            __typename: 'CallingHours',
            from: '10:00',
            to: '21:00',
            timeZone: 'Europe/London',
            openNow,
          },
        },
        callScript: {
          __typename: 'CallScript',
          versionId: 'v1',
          steps: DEFAULT_CALL_SCRIPT.map((step) => ({
            __typename: 'CallScriptStepModel',
            key: step.key,
            type: step.type,
            text: step.text,
            options: null,
            skipIf: step.skipIf
              ? {
                  __typename: 'CallScriptSkipRule',
                  step: step.skipIf.step,
                  answerIn: step.skipIf.answerIn,
                }
              : null,
          })),
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
  request: {
    query: CLAIM_NEXT_CONTACT_MUTATION,
    variables: { callListId: 'cl1', finishedClaimId: null },
  },
  result: { data: { claimNextContact: null } },
};

const route = { path: '/calling/:callListId', at: '/calling/cl1' };

describe('the call page', () => {
  beforeEach(() => {
    // A fresh device for each test: no outcomes left over in the outbox.
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => jest.restoreAllMocks());

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
                recommendedFirstPreference: null,
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

  it('sends a recorded call from the outbox with its key, then gets the next member', async () => {
    const user = userEvent.setup();
    const happened: string[] = [];
    let sent: RecordCallOutcomeInput | undefined;
    renderPage(<CallPage />, {
      ...route,
      user: VOLUNTEER,
      mocks: [
        callingList(true),
        holdingAda,
        {
          request: {
            query: RECORD_CALL_OUTCOME_MUTATION,
            variables: ({ input }) => {
              sent = input;
              return input.claimId === 'c1' && input.disposition === 'NO_ANSWER';
            },
          },
          result: () => {
            happened.push('recorded');
            return {
              data: {
                recordCallOutcome: {
                  __typename: 'CallRecord',
                  id: 'r1',
                  disposition: 'NO_ANSWER',
                  attempt: 1,
                  callBackAt: null,
                },
              },
            };
          },
        },
        {
          request: {
            query: CLAIM_NEXT_CONTACT_MUTATION,
            variables: { callListId: 'cl1', finishedClaimId: 'c1' },
          },
          result: () => {
            happened.push('claimed');
            return {
              data: { claimNextContact: claimOf('c2', 'Grace', 'Hopper', '+442079460002') },
            };
          },
        },
      ],
    });
    await screen.findByRole('link', { name: /^Call Ada Lovelace/ });
    // The outcome buttons wait for the device's outbox to open.
    await waitFor(() => expect(screen.getByRole('button', { name: /No answer/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /No answer/ }));
    expect(await screen.findByRole('link', { name: /^Call Grace Hopper/ })).toBeInTheDocument();
    // The next claim names Ada's call, so it need not wait for her outcome to arrive; the
    // outcome still goes, from the outbox.
    await waitFor(() => expect([...happened].sort()).toEqual(['claimed', 'recorded']));
    expect(sent?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.queryByText(/unsent/)).not.toBeInTheDocument());
  });

  it('keeps a call recorded offline on the device and waits for the network to claim', async () => {
    jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const user = userEvent.setup();
    renderPage(<CallPage />, {
      ...route,
      user: VOLUNTEER,
      mocks: [callingList(true), holdingAda],
    });
    await screen.findByRole('link', { name: /^Call Ada Lovelace/ });
    expect(await screen.findByText('You can still record this call.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /No answer/ }));

    expect(
      await screen.findByText(
        'Offline: 1 call saved on this phone, it will be sent when you are back online.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('The next member comes when you are back online.')).toBeInTheDocument();
    expect(screen.getByText('1 unsent')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Call / })).not.toBeInTheDocument();
    expect(screen.queryByText('Getting the next member')).not.toBeInTheDocument();

    const store = await OutboxStore.open();
    const [saved] = await store.queued();
    store.close();
    expect(saved).toMatchObject({
      memberName: 'Ada Lovelace',
      callListId: 'cl1',
      input: { claimId: 'c1', disposition: 'NO_ANSWER' },
    });
  });

  it('follows the script and records the pledge, ranking and second-preference answer with the call', async () => {
    const user = userEvent.setup();
    let sent: RecordCallOutcomeInput | undefined;
    renderPage(<CallPage />, {
      ...route,
      user: VOLUNTEER,
      mocks: [
        callingList(true),
        holdingAda,
        {
          request: {
            query: RECORD_CALL_OUTCOME_MUTATION,
            variables: ({ input }) => {
              sent = input;
              return true;
            },
          },
          result: {
            data: {
              recordCallOutcome: {
                __typename: 'CallRecord',
                id: 'r1',
                disposition: 'ANSWERED',
                attempt: 1,
                callBackAt: null,
              },
            },
          },
        },
        {
          request: {
            query: CLAIM_NEXT_CONTACT_MUTATION,
            variables: { callListId: 'cl1', finishedClaimId: 'c1' },
          },
          result: { data: { claimNextContact: null } },
        },
      ],
    });
    expect(await screen.findByText(/Hi, is that Ada\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pledged' }));
    // Rita first: not ours, so the second-preference ask appears.
    await user.click(screen.getByRole('button', { name: /^1\. Rita Rival/ }));
    await user.click(screen.getByRole('button', { name: /^2\. Ann Ours/ }));
    await user.click(screen.getByRole('button', { name: 'Agreed' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Answered/ })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: /Answered/ }));
    expect(await screen.findByText(/1 call, 1 conversation, 1 pledge/)).toBeInTheDocument();
    // The tally counts the call once it is in the outbox; the outbox sends it just after.
    await waitFor(() =>
      expect(sent).toMatchObject({
        claimId: 'c1',
        // Should a database crash lose the claim, the call is still recorded against these.
        memberId: 'm-c1',
        callListId: 'cl1',
        disposition: 'ANSWERED',
        scriptVersionId: 'v1',
        pledge: {
          status: 'PLEDGED',
          ranking: ['cand-rita', 'cand-ann'],
          secondPreference: 'AGREED',
          secondPreferenceCandidateId: 'cand-ann',
        },
      }),
    );
  });
});
