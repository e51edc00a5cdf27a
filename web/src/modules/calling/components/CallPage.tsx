import { useMutation, useQuery } from '@apollo/client/react';
import {
  type CallScriptContext,
  type CallScriptStepDraft,
  DEFAULT_CALL_SCRIPT,
  pledgeFromAnswers,
  type ScriptAnswer,
  type ScriptAnswers,
} from '@phonebank/domain';
import { useEffect, useRef, useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  Spinner,
} from '../../../design-system';
import { type CallingListQuery, type ClaimFieldsFragment } from '../../../gql/graphql';
import { Link, useParams } from '../../../router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { members } from '../../call-lists/utils/call-list-labels';
import { memberName } from '../../members/utils/member-labels';
import {
  CALLING_LIST_QUERY,
  CLAIM_NEXT_CONTACT_MUTATION,
  CURRENT_CLAIM_QUERY,
  RELEASE_CLAIM_MUTATION,
} from '../graphql/calling.operations';
import { useClaimRenewal } from '../hooks/useClaimRenewal';
import { useOutbox } from '../outbox/useOutbox';
import { callingHoursSentence } from '../utils/dispositions';
import { CallScriptSteps } from '../../scripts/components/CallScriptSteps';
import { ClaimedMember } from './ClaimedMember';
import { type Outcome, OutcomeForm } from './OutcomeForm';
import { OutboxStatus } from './OutboxStatus';

interface SessionTally {
  calls: number;
  conversations: number;
  pledges: number;
}

/** What the script's templates and ranking need: the member, the region, our candidates. */
function scriptContext(
  list: CallingListQuery['callList'] | undefined,
  claim: ClaimFieldsFragment,
  volunteerName: string,
): CallScriptContext {
  const ourSlate = list?.election.slates.find((slate) => slate.ours) ?? null;
  return {
    member: { firstName: claim.member.firstName, lastName: claim.member.lastName },
    volunteer: { name: volunteerName },
    election: list ? { name: list.election.name } : null,
    region: { name: list?.region.name ?? '', seats: list?.region.seats ?? 0 },
    slate: ourSlate ? { name: ourSlate.name } : null,
    candidates: (list?.region.candidates ?? []).map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      pitch: candidate.pitch,
      ours: candidate.slate?.ours ?? false,
    })),
    recommendedCandidateId: claim.recommendedFirstPreference?.id ?? null,
  };
}

/**
 * A volunteer's call screen: take the next member due, follow the script, record how it went
 * (with the member's pledge and ranking), or skip them. A recorded call goes into the device's
 * outbox first and is sent from there, so a call made with no signal is kept (across a reload
 * too). The next member is claimed at once, naming the call just made, whose member the server
 * keeps held until its outcome arrives from the outbox.
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
  const [releaseClaim, releasing] = useMutation(RELEASE_CLAIM_MUTATION);
  const outbox = useOutbox();
  /** undefined until this page has claimed or let go of someone: until then, show currentClaim. */
  const [claimed, setClaimed] = useState<ClaimFieldsFragment | null>();
  const [nobodyDue, setNobodyDue] = useState(false);
  const [tally, setTally] = useState<SessionTally>({ calls: 0, conversations: 0, pledges: 0 });
  /** The script's answers for the member on screen. */
  const [answers, setAnswers] = useState<{ claimId: string; values: ScriptAnswers }>();
  /** The call just recorded: the next claim names it, so it is not handed back. */
  const finishedClaimId = useRef<string | null>(null);
  const me = useCurrentUser();
  /** The volunteer asked for the next member, who is claimed once the outbox is empty. */
  const [wantNext, setWantNext] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  // One key per claim: pressing again after a failed save cannot record the call twice.
  const idempotencyKeys = useRef(new Map<string, string>());
  const taking = useRef(false);

  const queuedClaims = new Set(outbox.queued.map((outcome) => String(outcome.input.claimId)));
  const shown = claimed === undefined ? (current.data?.currentClaim ?? null) : claimed;
  // A member whose outcome is still in the outbox was called already (e.g. before a reload).
  const claim = shown && !queuedClaims.has(shown.id) ? shown : null;
  const renewalError = useClaimRenewal(claim?.id);
  const callList = list.data?.callList;
  const outboxOpen = outbox.ready || outbox.error !== undefined;
  const canClaim = outbox.ready && !outbox.offline;
  const steps: readonly CallScriptStepDraft[] = list.data?.callScript.steps ?? DEFAULT_CALL_SCRIPT;
  const context = claim ? scriptContext(callList, claim, me.name) : undefined;
  const claimAnswers = claim && answers?.claimId === claim.id ? answers.values : {};
  const waitingForNext = wantNext && !claiming.loading;
  const busy = claiming.loading || releasing.loading || !outboxOpen;

  /** Claims the next member; the volunteer asked for one (wantNext) and the outbox is empty. */
  async function takeNext(): Promise<void> {
    try {
      // After a reload, the newest call still in the outbox is the call just made.
      const lastQueued = outbox.queued
        .filter((outcome) => outcome.callListId === callListId)
        .at(-1);
      const result = await claimNext({
        variables: {
          callListId,
          finishedClaimId:
            finishedClaimId.current ?? (lastQueued ? String(lastQueued.input.claimId) : null),
        },
      });
      const next = result.data?.claimNextContact ?? null;
      finishedClaimId.current = null;
      setClaimed(next);
      setNobodyDue(!next);
      // Whether the list is open may have changed since the page loaded.
      if (!next) void list.refetch();
    } finally {
      taking.current = false;
      setWantNext(false);
    }
  }

  useEffect(() => {
    if (!wantNext || !canClaim || taking.current) return;
    taking.current = true;
    void takeNext().catch(() => undefined);
    // takeNext is remade each render; what decides whether to claim is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wantNext, canClaim]);

  // Back online: what failed to load while offline (after a reload, say) is asked for again.
  const wasOffline = useRef(false);
  useEffect(() => {
    if (outbox.offline) {
      wasOffline.current = true;
    } else if (wasOffline.current) {
      wasOffline.current = false;
      void list.refetch().catch(() => undefined);
      if (claimed === undefined) void current.refetch().catch(() => undefined);
    }
    // Only the change of network state matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outbox.offline]);

  async function record(outcome: Outcome): Promise<void> {
    if (!claim) return;
    let idempotencyKey = idempotencyKeys.current.get(claim.id);
    if (!idempotencyKey) {
      idempotencyKey = crypto.randomUUID();
      idempotencyKeys.current.set(claim.id, idempotencyKey);
    }
    setSaveError(undefined);
    const pledge =
      outcome.disposition === 'ANSWERED'
        ? pledgeFromAnswers(steps, claimAnswers, claim.recommendedFirstPreference?.id ?? null)
        : null;
    const answered = Object.entries(claimAnswers).flatMap(([key, value]) =>
      value === undefined
        ? []
        : [{ key, values: typeof value === 'string' ? [value] : [...value] }],
    );
    try {
      await outbox.enqueue({
        input: {
          claimId: claim.id,
          // A claim commits without waiting for the disk: should a database crash lose it,
          // the server records the call against the member and list instead.
          memberId: claim.member.id,
          callListId,
          idempotencyKey,
          ...outcome,
          ...(pledge && { pledge }),
          ...(answered.length > 0 && { answers: answered }),
          scriptVersionId: list.data?.callScript.versionId ?? null,
        },
        memberName: memberName(claim.member),
        callListId,
        queuedAt: new Date().toISOString(),
      });
    } catch {
      setSaveError('This call could not be saved on this device. Try again.');
      return;
    }
    setTally((previous) => ({
      calls: previous.calls + 1,
      conversations: previous.conversations + (outcome.disposition === 'ANSWERED' ? 1 : 0),
      pledges: previous.pledges + (pledge?.status === 'PLEDGED' ? 1 : 0),
    }));
    finishedClaimId.current = claim.id;
    setClaimed(null);
    setWantNext(true);
  }

  async function skip(): Promise<void> {
    if (!claim) return;
    await releaseClaim({ variables: { claimId: claim.id } });
    finishedClaimId.current = null;
    setClaimed(null);
  }

  const failures = [claiming.error, releasing.error, current.error, list.error]
    .filter((error) => error !== undefined)
    .flatMap((error) => apiProblems(error))
    // Offline, the banner says why nothing reaches the server.
    .filter((problem) => !(outbox.offline && problem.code === 'NETWORK'));
  const queued = outbox.queued.length;
  const loadingHeld = current.loading && claimed === undefined;

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
        actions={queued > 0 ? <Badge tone="warning">{`${queued} unsent`}</Badge> : undefined}
      />
      <div className="pb-stack">
        {failures[0] ? <Alert tone="error">{failures[0].message}</Alert> : null}
        {saveError ? <Alert tone="error">{saveError}</Alert> : null}
        {outbox.error !== undefined ? (
          <Alert tone="error" title="This browser cannot keep calls while offline">
            <p>
              Recording a call needs the browser’s storage: leave private browsing, or try another
              browser.
            </p>
          </Alert>
        ) : null}
        <OutboxStatus
          queued={queued}
          offline={outbox.offline}
          holdingMember={claim !== null}
          unsent={outbox.unsent}
          onDismiss={(id) => void outbox.dismiss(id).catch(() => undefined)}
        />
        {renewalError && !outbox.offline ? (
          <Alert tone="error" title="This member may no longer be held for you">
            <p>{apiProblems(renewalError)[0]?.message}</p>
          </Alert>
        ) : null}
        {tally.calls > 0 ? (
          <p className="pb-muted pb-number" role="status">
            {`Recorded. This session: ${tally.calls} ${tally.calls === 1 ? 'call' : 'calls'}, ${tally.conversations} ${tally.conversations === 1 ? 'conversation' : 'conversations'}, ${tally.pledges} ${tally.pledges === 1 ? 'pledge' : 'pledges'}.`}
          </p>
        ) : null}
        {loadingHeld ? <Spinner label="Checking for a member you hold" /> : null}
        {claim ? (
          <>
            <ClaimedMember claim={claim} />
            {context ? (
              <Card title="Script">
                <CallScriptSteps
                  steps={steps}
                  context={context}
                  answers={claimAnswers}
                  onAnswer={(key: string, answer: ScriptAnswer | undefined) =>
                    setAnswers({ claimId: claim.id, values: { ...claimAnswers, [key]: answer } })
                  }
                />
              </Card>
            ) : null}
            <OutcomeForm
              key={claim.id}
              busy={busy}
              onRecord={(outcome) => void record(outcome)}
              onSkip={() => void skip().catch(() => undefined)}
            />
          </>
        ) : null}
        {!claim && (claiming.loading || (waitingForNext && canClaim)) ? (
          <Spinner label="Getting the next member" />
        ) : null}
        {!claim && !claiming.loading && !loadingHeld && !(waitingForNext && canClaim) ? (
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
            {!wantNext ? (
              <div className="pb-button-row">
                <Button
                  onClick={() => {
                    setNobodyDue(false);
                    setWantNext(true);
                  }}
                >
                  Get next member
                </Button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
