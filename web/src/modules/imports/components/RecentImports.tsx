import { useQuery } from '@apollo/client/react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Badge, type BadgeTone, Card, Spinner, Table } from '../../../design-system';
import { type ImportStatus, type MemberImportsQuery } from '../../../gql/graphql';
import { Link } from '../../../router';
import { formatLondonTime } from '../../members/utils/london-time';
import { MEMBER_IMPORTS_QUERY } from '../graphql/imports.operations';

type ImportRow = MemberImportsQuery['memberImports'][number];

const STATUS: Record<ImportStatus, { label: string; tone: BadgeTone }> = {
  QUEUED: { label: 'Waiting', tone: 'neutral' },
  RUNNING: { label: 'Running', tone: 'info' },
  SUCCEEDED: { label: 'Done', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

const number = new Intl.NumberFormat('en-GB');

const COLUMNS = [
  {
    key: 'file',
    header: 'File',
    render: (row: ImportRow) => (
      <Link to={`/members/import?import=${row.id}`}>{row.fileName ?? 'Unnamed file'}</Link>
    ),
  },
  { key: 'when', header: 'Started', render: (row: ImportRow) => formatLondonTime(row.createdAt) },
  {
    key: 'status',
    header: 'Status',
    render: (row: ImportRow) =>
      row.dryRun && row.status === 'SUCCEEDED' ? (
        <Badge tone="neutral">Checked, not imported</Badge>
      ) : (
        <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge>
      ),
  },
  {
    key: 'rows',
    header: 'Rows',
    render: (row: ImportRow) =>
      `${number.format(row.rowsTotal)} read, ${number.format(row.rowsInserted)} added, ${number.format(row.rowsUpdated)} updated, ${number.format(row.rowsRejected)} rejected`,
  },
  { key: 'election', header: 'Election', render: (row: ImportRow) => row.election.name },
  { key: 'by', header: 'By', render: (row: ImportRow) => row.createdBy?.name ?? '—' },
] as const;

/** The latest imports (a coordinator sees their own), newest first. */
export function RecentImports() {
  // Asks the server each time it mounts: the page remounts it when an import finishes.
  const { data, loading, error } = useQuery(MEMBER_IMPORTS_QUERY, {
    variables: { limit: 10 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Card title="Recent imports">
      {loading && !data ? <Spinner label="Loading recent imports" /> : null}
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {data && data.memberImports.length === 0 ? <p className="pb-muted">No imports yet.</p> : null}
      {data && data.memberImports.length > 0 ? (
        <Table
          caption="Recent imports"
          hideCaption
          columns={COLUMNS}
          rows={data.memberImports}
          rowKey={(row) => row.id}
        />
      ) : null}
    </Card>
  );
}
