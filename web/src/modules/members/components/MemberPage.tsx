import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  DetailList,
  EmptyState,
  PageHeader,
  Spinner,
  TextField,
} from '../../../design-system';
import { type MemberQuery } from '../../../gql/graphql';
import { Link, useParams } from '../../../router';
import { useIsAdmin } from '../../auth/hooks/useCurrentUser';
import {
  ERASE_MEMBER_MUTATION,
  MEMBER_QUERY,
  OPT_OUT_MEMBER_MUTATION,
} from '../graphql/members.operations';
import { formatLondonTime } from '../utils/london-time';
import { memberName, PLEDGE_STATUS_LABELS } from '../utils/member-labels';
import { SubjectAccessButton } from './SubjectAccessButton';

type FullMember = NonNullable<MemberQuery['member']>;

function OptOutButton({ member }: { member: FullMember }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [optOut, { loading, error, reset }] = useMutation(OPT_OUT_MEMBER_MUTATION);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Opt out
      </Button>
      <ConfirmDialog
        open={open}
        title={`Opt out ${memberName(member)}?`}
        confirmLabel="Opt out"
        busy={loading}
        error={error ? apiProblems(error)[0]?.message : undefined}
        onCancel={() => {
          setOpen(false);
          reset();
        }}
        onConfirm={() => {
          optOut({
            variables: { memberId: member.id, reason: reason.trim() || null },
          })
            .then(() => setOpen(false))
            .catch(() => undefined);
        }}
      >
        <p>
          They will never be offered for a call again, in any list, from now on. Importing the
          member list again does not undo this.
        </p>
        <TextField
          label="Reason (optional)"
          hint="For example: asked not to be called."
          value={reason}
          maxLength={500}
          onChange={setReason}
        />
      </ConfirmDialog>
    </>
  );
}

function EraseButton({ member }: { member: FullMember }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [erase, { loading, error, reset }] = useMutation(ERASE_MEMBER_MUTATION);
  const matches = typed.trim() === member.membershipNumber;
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Erase member
      </Button>
      <ConfirmDialog
        open={open}
        title={`Erase ${memberName(member)}?`}
        confirmLabel="Erase for good"
        busy={loading}
        confirmDisabled={!matches}
        error={error ? apiProblems(error)[0]?.message : undefined}
        onCancel={() => {
          setOpen(false);
          setTyped('');
          reset();
        }}
        onConfirm={() => {
          if (!matches) return;
          erase({ variables: { memberId: member.id } })
            .then(() => setOpen(false))
            .catch(() => undefined);
        }}
      >
        <p>
          Their name, phone, email, postcode and tags are deleted and cannot be recovered, with the
          notes of their calls, the rows of import files that named them, and any mention of them
          elsewhere. Calls and pledges stay only as anonymous counts, and re-importing the list will
          not bring them back. The erasure is recorded in the audit log.
        </p>
        <TextField
          label={`Type the membership number (${member.membershipNumber}) to confirm`}
          value={typed}
          autoComplete="off"
          onChange={setTyped}
        />
      </ConfirmDialog>
    </>
  );
}

/** One member's full record. Reading it is recorded in the audit log by the server. */
export function MemberPage() {
  const { memberId = '' } = useParams();
  const isAdmin = useIsAdmin();
  const { data, loading, error } = useQuery(MEMBER_QUERY, { variables: { id: memberId } });
  const member = data?.member;
  const back = <Link to="/members">Back to members</Link>;

  if (loading && !data) return <Spinner label="Loading the member" />;
  if (error) {
    return (
      <>
        <PageHeader title="Member" />
        <Alert tone="error">{apiProblems(error)[0]?.message}</Alert>
        <p>{back}</p>
      </>
    );
  }
  if (!member) {
    return (
      <>
        <PageHeader title="Member not found" />
        <EmptyState title="There is no such member, or not in your regions." action={back} />
      </>
    );
  }

  const details = [
    { term: 'Membership number', value: member.erased ? '(erased)' : member.membershipNumber },
    {
      term: 'Phone',
      value: member.phone ? (
        <span>
          <a href={`tel:${member.phone}`}>{member.phone}</a>
          {member.phoneType ? (
            <span className="pb-muted"> ({member.phoneType.toLowerCase()})</span>
          ) : null}
        </span>
      ) : (
        'None'
      ),
    },
    { term: 'Email', value: member.email ?? 'None' },
    { term: 'Postcode', value: member.postcode ?? 'None' },
    {
      term: 'Region',
      value: member.region ? `${member.region.code}: ${member.region.name}` : 'None',
    },
    { term: 'Tags', value: member.tags.length > 0 ? member.tags.join(', ') : 'None' },
    {
      term: 'Calls',
      value: member.doNotCall
        ? `Opted out${member.optedOutAt ? ` on ${formatLondonTime(member.optedOutAt)}` : ''}${member.optOutReason ? `: ${member.optOutReason}` : ''}`
        : 'Can be called',
    },
    { term: 'Added', value: formatLondonTime(member.createdAt) },
    { term: 'Last changed', value: formatLondonTime(member.updatedAt) },
  ];

  return (
    <>
      <p style={{ margin: '0 0 var(--pb-space-3)' }}>{back}</p>
      <PageHeader
        title={memberName(member)}
        description="Viewing contact details is recorded in the audit log."
        actions={
          <>
            {isAdmin ? <SubjectAccessButton memberId={member.id} /> : null}
            {member.erased ? null : (
              <>
                {member.doNotCall ? null : <OptOutButton member={member} />}
                {isAdmin ? <EraseButton member={member} /> : null}
              </>
            )}
          </>
        }
      />
      <div className="pb-stack">
        {member.erased ? (
          <Alert tone="info" title="This member was erased">
            <p>Their personal data is gone; only anonymous counts of calls and pledges remain.</p>
          </Alert>
        ) : null}
        {member.sharedPhone ? (
          <Alert tone="info" title="Shared phone number">
            <p>
              Another member of this election has the same phone number (a household or a shared
              phone). Ask for this member by name when you call.
            </p>
          </Alert>
        ) : null}
        <Card title="Details">
          <div className="pb-button-row">
            {member.doNotCall ? <Badge tone="danger">Opted out</Badge> : null}
            {member.sharedPhone ? <Badge tone="warning">Shared phone</Badge> : null}
          </div>
          <DetailList items={details} />
        </Card>
        <Card title="Pledge">
          {member.latestPledge ? (
            <p>
              {PLEDGE_STATUS_LABELS[member.latestPledge.status]}, recorded{' '}
              {formatLondonTime(member.latestPledge.createdAt)}.
            </p>
          ) : (
            <p className="pb-muted">
              No pledge recorded yet: a volunteer records one when the member answers a call.
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
