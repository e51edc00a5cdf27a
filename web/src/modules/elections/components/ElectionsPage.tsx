import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Button,
  Dialog,
  EmptyState,
  PageHeader,
  Spinner,
  Table,
} from '../../../design-system';
import { type ElectionsQuery } from '../../../gql/graphql';
import { Link, useNavigate } from '../../../router';
import { useIsAdmin } from '../../auth/hooks/useCurrentUser';
import { ELECTIONS_QUERY } from '../graphql/elections.operations';
import { RULE_LABELS } from '../utils/rule-labels';
import { ElectionForm } from './ElectionForm';

type ElectionRow = ElectionsQuery['elections'][number];

const COLUMNS = [
  {
    key: 'name',
    header: 'Election',
    render: (row: ElectionRow) => <Link to={`/elections/${row.id}`}>{row.name}</Link>,
  },
  { key: 'rule', header: 'Counting rule', render: (row: ElectionRow) => RULE_LABELS[row.rule] },
  { key: 'regions', header: 'Regions', render: (row: ElectionRow) => row.regions.length },
  {
    key: 'seats',
    header: 'Seats',
    render: (row: ElectionRow) => row.regions.reduce((total, region) => total + region.seats, 0),
  },
  { key: 'slates', header: 'Slates', render: (row: ElectionRow) => row.slates.length },
] as const;

export function ElectionsPage() {
  const isAdmin = useIsAdmin();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading, error } = useQuery(ELECTIONS_QUERY);

  return (
    <>
      <PageHeader
        title="Elections"
        description={
          isAdmin
            ? 'Set up each election: its regions, slates and candidates.'
            : 'The elections you take part in.'
        }
        actions={isAdmin ? <Button onClick={() => setCreating(true)}>New election</Button> : null}
      />
      {loading && !data ? <Spinner label="Loading elections" /> : null}
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {data && data.elections.length === 0 ? (
        <EmptyState
          title="No elections yet."
          action={
            isAdmin ? (
              <Button onClick={() => setCreating(true)}>Create the first election</Button>
            ) : null
          }
        >
          {isAdmin ? null : <p>An admin has not set up an election you take part in.</p>}
        </EmptyState>
      ) : null}
      {data && data.elections.length > 0 ? (
        <Table
          caption="Elections"
          hideCaption
          columns={COLUMNS}
          rows={data.elections}
          rowKey={(row) => row.id}
        />
      ) : null}
      <Dialog open={creating} title="New election" onClose={() => setCreating(false)}>
        <ElectionForm
          onCancel={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(`/elections/${id}`);
          }}
        />
      </Dialog>
    </>
  );
}
