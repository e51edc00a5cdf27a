import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  EmptyState,
  PageHeader,
  Pagination,
  Select,
  Spinner,
  Table,
} from '../../../design-system';
import { type AuditAction, type AuditLogQuery } from '../../../gql/graphql';
import { Link } from '../../../router';
import { formatLondonTimeExact } from '../../members/utils/london-time';
import { AUDIT_LOG_QUERY, AUDIT_USERS_QUERY } from '../graphql/audit.operations';
import { AUDIT_ACTION_LABELS, describeDetails } from '../utils/audit-labels';

export const AUDIT_PAGE_SIZE = 50;

type Entry = AuditLogQuery['auditLog']['items'][number];

const COLUMNS = [
  {
    key: 'at',
    header: 'When (UK time)',
    render: (entry: Entry) => (
      <time dateTime={entry.at} className="pb-number">
        {formatLondonTimeExact(entry.at)}
      </time>
    ),
  },
  { key: 'user', header: 'Who', render: (entry: Entry) => entry.user?.name ?? 'Deleted user' },
  { key: 'action', header: 'What', render: (entry: Entry) => AUDIT_ACTION_LABELS[entry.action] },
  {
    key: 'subject',
    header: 'Subject',
    render: (entry: Entry) =>
      entry.subjectType === 'member' && entry.subjectId ? (
        <Link to={`/members/${entry.subjectId}`}>Member</Link>
      ) : entry.subjectType === 'MemberImport' && entry.subjectId ? (
        <Link to={`/members/import?import=${entry.subjectId}`}>Import</Link>
      ) : entry.subjectType ? (
        `${entry.subjectType}${entry.region ? ` in ${entry.region.code}` : ''}`
      ) : (
        (entry.region?.code ?? '—')
      ),
  },
  {
    key: 'details',
    header: 'Details',
    render: (entry: Entry) => describeDetails(entry.details) || '—',
  },
] as const;

/** Who read, exported, opted out or erased members' personal data, and when. Admins only. */
export function AuditLogPage() {
  const [userId, setUserId] = useState('');
  const [action, setAction] = useState<AuditAction | ''>('');
  const [offset, setOffset] = useState(0);
  const users = useQuery(AUDIT_USERS_QUERY);
  const { data, previousData, loading, error } = useQuery(AUDIT_LOG_QUERY, {
    variables: {
      filter: { userId: userId || undefined, action: action || undefined },
      offset,
      limit: AUDIT_PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.auditLog;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every import, export, opt-out, erasure and view of a member's contact details. Times are UK time."
      />
      <div className="pb-filters" role="search" aria-label="Filter the audit log">
        <Select
          label="User"
          value={userId}
          options={[
            { value: '', label: 'Everyone' },
            ...(users.data?.users ?? []).map((user) => ({
              value: user.id,
              label: `${user.name} (${user.email})`,
            })),
          ]}
          onChange={(value) => {
            setUserId(value);
            setOffset(0);
          }}
        />
        <Select<AuditAction | ''>
          label="Action"
          value={action}
          options={[
            { value: '', label: 'Every action' },
            ...(Object.keys(AUDIT_ACTION_LABELS) as AuditAction[]).map((value) => ({
              value,
              label: AUDIT_ACTION_LABELS[value],
            })),
          ]}
          onChange={(value) => {
            setAction(value);
            setOffset(0);
          }}
        />
      </div>
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {loading && !page ? <Spinner label="Loading the audit log" /> : null}
      {page && page.total === 0 ? (
        <EmptyState title="Nothing recorded.">
          <p>
            {userId || action
              ? 'No entry matches these filters.'
              : 'Entries appear here as people import, export, opt out, erase or view members.'}
          </p>
        </EmptyState>
      ) : null}
      {page && page.total > 0 ? (
        <div aria-busy={loading || undefined}>
          <Table
            caption="Audit log entries"
            hideCaption
            columns={COLUMNS}
            rows={page.items}
            rowKey={(entry) => entry.id}
          />
          <Pagination
            offset={page.offset}
            limit={page.limit}
            total={page.total}
            noun="entries"
            onChange={setOffset}
          />
        </div>
      ) : null}
    </>
  );
}
