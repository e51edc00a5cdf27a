import { useQuery } from '@apollo/client/react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Badge,
  Checkbox,
  EmptyState,
  PageHeader,
  ProgressBar,
  Select,
  Spinner,
  Table,
} from '../../../design-system';
import { type CallListsQuery } from '../../../gql/graphql';
import { Link, useSearchParams } from '../../../router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useRegionOptions } from '../../members/hooks/useRegionOptions';
import { CALL_LISTS_QUERY } from '../graphql/call-lists.operations';
import {
  CALL_LIST_STATUS_LABELS,
  CALL_LIST_STATUS_TONES,
  count,
  finished,
} from '../utils/call-list-labels';

type CallListRow = CallListsQuery['callLists'][number];

const COLUMNS = [
  {
    key: 'name',
    header: 'Name',
    render: (row: CallListRow) => <Link to={`/call-lists/${row.id}`}>{row.name}</Link>,
  },
  { key: 'region', header: 'Region', render: (row: CallListRow) => row.region.code },
  {
    key: 'status',
    header: 'Status',
    render: (row: CallListRow) => (
      <Badge tone={CALL_LIST_STATUS_TONES[row.status]}>{CALL_LIST_STATUS_LABELS[row.status]}</Badge>
    ),
  },
  {
    key: 'progress',
    header: 'Progress',
    render: (row: CallListRow) => (
      <ProgressBar
        label="Finished"
        value={finished(row.progress)}
        max={Math.max(row.size, 1)}
        valueText={`${count.format(finished(row.progress))} of ${count.format(row.size)}`}
      />
    ),
  },
  {
    key: 'remaining',
    header: 'Still to call',
    render: (row: CallListRow) => <span className="pb-number">{count.format(row.remaining)}</span>,
  },
  {
    key: 'size',
    header: 'Members',
    render: (row: CallListRow) => <span className="pb-number">{count.format(row.size)}</span>,
  },
] as const;

/** Coordinators' and admins' call lists, with how far each has got. */
export function CallListsPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const regionId = params.get('region') ?? '';
  const includeArchived = params.get('archived') === 'yes';
  const regionOptions = useRegionOptions();
  const { data, previousData, loading, error } = useQuery(CALL_LISTS_QUERY, {
    variables: { regionId: regionId || null, includeArchived },
  });
  const lists = (data ?? previousData)?.callLists;

  function update(key: string, value: string): void {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  const newLink = (
    <Link className="pb-button pb-button--primary" to="/call-lists/new">
      New call list
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Call lists"
        description={
          me.role === 'ADMIN'
            ? 'Every call list in every region.'
            : 'The call lists of the regions you coordinate.'
        }
        actions={newLink}
      />
      <div className="pb-filters" role="search" aria-label="Find call lists">
        <Select
          label="Region"
          value={regionId}
          options={[
            { value: '', label: me.role === 'ADMIN' ? 'All regions' : 'All your regions' },
            ...regionOptions,
          ]}
          onChange={(value) => update('region', value)}
        />
        <Checkbox
          label="Show archived lists"
          checked={includeArchived}
          onChange={(on) => update('archived', on ? 'yes' : '')}
        />
      </div>
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {loading && !lists ? <Spinner label="Loading call lists" /> : null}
      {lists && lists.length === 0 ? (
        <EmptyState title="No call lists yet." action={newLink}>
          <p>Make one from a region's members: who to call, when, and how often to try.</p>
        </EmptyState>
      ) : null}
      {lists && lists.length > 0 ? (
        <div aria-busy={loading || undefined}>
          <Table
            caption="Call lists"
            hideCaption
            columns={COLUMNS}
            rows={lists}
            rowKey={(row) => row.id}
          />
        </div>
      ) : null}
    </>
  );
}
