import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, EmptyState, PageHeader, Spinner } from '../../../design-system';
import { type ClaimFieldsFragment } from '../../../gql/graphql';
import { members } from '../../call-lists/utils/call-list-labels';
import {
  CALLING_LIST_QUERY,
  CLAIM_NEXT_CONTACT_MUTATION,
  CURRENT_CLAIM_QUERY,
  RECORD_CALL_OUTCOME_MUTATION,
  RELEASE_CLAIM_MUTATION,
} from '../graphql/calling.operations';
import { useClaimRenewal } from '../hooks/useClaimRenewal';
import { callingHoursSentence } from '../utils/dispositions';
import { ClaimedMember } from './ClaimedMember';
import { type Outcome, OutcomeForm } from './OutcomeForm';

/**
 * A volunteer's call screen: take the next member due, call them, record how it went (which
 * takes the next one at once), or skip them. The held member is renewed while shown.
 */
export function CallPage() {
  const { callListId = '' } = useParams();
  const list = useQuery(CALLING_LIST_QUERY, { variables: { id: callListId } });
  const current = useQuery(CURRENT_CLAIM_QUERY, {
    variables: { callListId },
    fetchPolicy: 'network-only',
  });
  const [claimNext, claiming] = useMutation(CLAIM_NEXT_CONTACT_MUTATION, {
    variables: { callListId },
  });
  const [recordOutcome, recording] = useMutation(RECORD_CALL_OUTCOME_MUTATION);
  const [releaseClaim, releasing] = useMutation(RELEASE_CLAIM_MUTATION);
  /** undefined until this page has claimed or let go of someone: until then, show currentClaim. */
  const [claimed, setClaimed] = useState<ClaimFieldsFragment | null>();
  const [nobodyDue, setNobodyDue] = useState(false);
  const [recordedCount, setRecordedCount] = useState(0);
  // One key per claim: pressing again after a lost answer cannot record the call twice.
  const idempotencyKeys = useRef(new Map<string, string>());

  const claim = claimed === undefined ? (current.data?.currentClaim ?? null) : claimed;
  const renewalError = useClaimRenewal(claim?.id);
  const callList = list.data?.callList;
  const busy = claiming.loading || recording.loading || releasing.loading;

  async function takeNext(): Promise<void> {
    setNobodyDue(false);
    const result = await claimNext();
    const next = result.data?.claimNextContact ?? null;
    setClaimed(next);
    if (!next) {
      setNobodyDue(true);
      // Whether the list is open may have changed since the page loaded.
      void list.refetch();
    }
  }

  async function record(outcome: Outcome): Promise<void> {
    if (!claim) return;
    let idempotencyKey = idempotencyKeys.current.get(claim.id);
    if (!idempotencyKey) {
      idempotencyKey = crypto.randomUUID();
      idempotencyKeys.current.set(claim.id, idempotencyKey);
    }
    await recordOutcome({
      variables: { input: { claimId: claim.id, idempotencyKey, ...outcome } },
    });
    setRecordedCount((n) => n + 1);
    setClaimed(null);
    await takeNext();
  }

  async function skip(): Promise<void> {
    if (!claim) return;
    await releaseClaim({ variables: { claimId: claim.id } });
    setClaimed(null);
  }

  const failure = claiming.error ?? recording.error ?? releasing.error ?? current.error;
  const callBackProblem = recording.error
    ? apiProblems(recording.error).find((problem) => problem.field === 'callBackAt')
    : undefined;

  return (
    <>
      <p style={{ margin: '0 0 var(--pb-space-3)' }}>
        <Link to="/calling">Back to your call lists</Link>
      </p>
      <PageHeader
        title={callList?.name ?? 'Calling'}
        description={
          callList
            ? `${callList.region.code}: ${callList.region.name}. ${members(callList.remaining)} still to call.`
            : undefined
        }
      />
      <div className="pb-stack">
        {list.error ? <Alert tone="error">{apiProblems(list.error)[0]?.message}</Alert> : null}
        {failure && !callBackProblem ? (
          <Alert tone="error">{apiProblems(failure)[0]?.message}</Alert>
        ) : null}
        {renewalError ? (
          <Alert tone="error" title="This member may no longer be held for you">
            <p>{apiProblems(renewalError)[0]?.message}</p>
          </Alert>
        ) : null}
        {recordedCount > 0 ? (
          <p className="pb-muted" role="status">
            {`Recorded. Calls made on this visit: ${recordedCount}.`}
          </p>
        ) : null}
        {current.loading && claimed === undefined ? (
          <Spinner label="Checking for a member you hold" />
        ) : null}
        {claim ? (
          <>
            <ClaimedMember claim={claim} />
            <OutcomeForm
              key={claim.id}
              busy={busy}
              callBackError={callBackProblem?.message}
              onRecord={(outcome) => void record(outcome).catch(() => undefined)}
              onSkip={() => void skip().catch(() => undefined)}
            />
          </>
        ) : null}
        {!claim && claiming.loading ? <Spinner label="Getting the next member" /> : null}
        {!claim && !claiming.loading && !(current.loading && claimed === undefined) ? (
          <>
            {nobodyDue ? (
              <EmptyState title="Nobody is due on this list now">
                {callList?.status === 'PAUSED' ? <p>A coordinator has paused this list.</p> : null}
                {callList && !callList.callingHours.openNow ? (
                  <p>{callingHoursSentence(callList.callingHours)}</p>
                ) : (
                  <p>Members come back when their retry or call-back is due. Try again later.</p>
                )}
              </EmptyState>
            ) : null}
            <div className="pb-button-row">
              <Button onClick={() => void takeNext().catch(() => undefined)}>
                Get next member
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </>
  );
}
