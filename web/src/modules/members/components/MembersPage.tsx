import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  PageHeader,
  Pagination,
  SearchField,
  Select,
  Spinner,
  Table,
} from '../../../design-system';
import { type MemberFilter, type MembersQuery, type PledgeStatus } from '../../../gql/graphql';
import { Link, useSearchParams } from '../../../router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MEMBERS_QUERY } from '../graphql/members.operations';
import { useDebouncedCallback } from '../hooks/useDebouncedCallback';
import { useRegionOptions } from '../hooks/useRegionOptions';
import { useSlashToFocus } from '../hooks/useSlashToFocus';
import { memberName, PLEDGE_STATUS_LABELS } from '../utils/member-labels';
import { ExportButtons } from './ExportButtons';

export const MEMBERS_PAGE_SIZE = 50;

type MemberRow = MembersQuery['members']['items'][number];
type YesNo = '' | 'yes' | 'no';

const YES_NO = (value: string | null): YesNo => (value === 'yes' || value === 'no' ? value : '');
const asBoolean = (value: YesNo) => (value === '' ? undefined : value === 'yes');

const COLUMNS = [
  {
    key: 'name',
    header: 'Name',
    render: (row: MemberRow) => <Link to={`/members/${row.id}`}>{memberName(row)}</Link>,
  },
  {
    key: 'number',
    header: 'Membership no.',
    render: (row: MemberRow) => row.membershipNumber || '—',
  },
  { key: 'region', header: 'Region', render: (row: MemberRow) => row.region?.code ?? '—' },
  { key: 'postcode', header: 'Postcode', render: (row: MemberRow) => row.postcode ?? '—' },
  {
    key: 'phone',
    header: 'Phone',
    render: (row: MemberRow) => (
      <span>
        <span className="pb-number">{row.maskedPhone ?? 'No phone'}</span>
        {row.sharedPhone ? (
          <>
            {' '}
            <Badge tone="warning">Shared</Badge>
          </>
        ) : null}
      </span>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    render: (row: MemberRow) => (
      <span className="pb-button-row">
        {row.erased ? <Badge tone="danger">Erased</Badge> : null}
        {row.doNotCall && !row.erased ? <Badge tone="danger">Opted out</Badge> : null}
        {row.called ? <Badge tone="info">Called</Badge> : null}
        {row.pledgeStatus ? (
          <Badge tone="success">{PLEDGE_STATUS_LABELS[row.pledgeStatus]}</Badge>
        ) : null}
      </span>
    ),
  },
] as const;

/** Coordinators' and admins' list of members: searched and filtered on the server, a page at a time. */
export function MembersPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const searchBox = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchBox);

  const regionId = params.get('region') ?? '';
  const optedOut = YES_NO(params.get('optedOut'));
  const called = YES_NO(params.get('called'));
  const pledgeStatus = (params.get('pledge') ?? '') as PledgeStatus | '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const regionOptions = useRegionOptions();

  function update(changes: Record<string, string>): void {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === '' || value === '0') next.delete(key);
          else next.set(key, value);
        }
        if (!('offset' in changes)) next.delete('offset');
        return next;
      },
      { replace: true },
    );
  }

  // The search box is typed into locally; its settled value goes to the address and the query.
  const searchInUrl = params.get('q') ?? '';
  const settleSearch = useDebouncedCallback((text: string) => update({ q: text.trim() }), 300);

  const filter: MemberFilter = {};
  if (searchInUrl) filter.search = searchInUrl;
  if (regionId) filter.regionId = regionId;
  if (optedOut) filter.optedOut = asBoolean(optedOut);
  if (called) filter.called = asBoolean(called);
  if (pledgeStatus) filter.pledgeStatus = pledgeStatus;
  const filtering = Object.keys(filter).length > 0;
  const { data, previousData, loading, error } = useQuery(MEMBERS_QUERY, {
    variables: { filter, offset, limit: MEMBERS_PAGE_SIZE },
  });
  const page = (data ?? previousData)?.members;
  const regionLabel = regionOptions.find((option) => option.value === regionId)?.label;

  const importLink = (
    <Link className="pb-button pb-button--primary" to="/members/import">
      Import members
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Members"
        description={
          me.role === 'ADMIN'
            ? 'Every member in every region.'
            : 'The members of the regions you coordinate.'
        }
        actions={importLink}
      />
      {me.role === 'COORDINATOR' && me.regions.length === 0 ? (
        <Alert tone="info">You coordinate no region yet; ask an admin to add you to one.</Alert>
      ) : null}
      <div className="pb-filters" role="search" aria-label="Find members">
        <div className="pb-filters__search">
          <SearchField
            ref={searchBox}
            label="Search"
            hint="Name, membership number, phone or postcode. Press / to search from anywhere."
            shortcut="/"
            value={search}
            onChange={(text) => {
              setSearch(text);
              settleSearch(text);
            }}
          />
        </div>
        <Select
          label="Region"
          value={regionId}
          options={[
            { value: '', label: me.role === 'ADMIN' ? 'All regions' : 'All your regions' },
            ...regionOptions,
          ]}
          onChange={(value) => update({ region: value })}
        />
        <Select
          label="Opted out"
          value={optedOut}
          options={[
            { value: '', label: 'Everyone' },
            { value: 'no', label: 'Not opted out' },
            { value: 'yes', label: 'Opted out' },
          ]}
          onChange={(value) => update({ optedOut: value })}
        />
        <Select
          label="Called"
          value={called}
          options={[
            { value: '', label: 'Everyone' },
            { value: 'no', label: 'Not called yet' },
            { value: 'yes', label: 'Called' },
          ]}
          onChange={(value) => update({ called: value })}
        />
        <Select<PledgeStatus | ''>
          label="Pledge"
          value={pledgeStatus}
          options={[
            { value: '', label: 'Any' },
            ...(Object.keys(PLEDGE_STATUS_LABELS) as PledgeStatus[]).map((status) => ({
              value: status,
              label: PLEDGE_STATUS_LABELS[status],
            })),
          ]}
          onChange={(value) => update({ pledge: value })}
        />
      </div>

      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {loading && !page ? <Spinner label="Loading members" /> : null}
      {page && page.total === 0 && !filtering ? (
        <EmptyState title="No members yet." action={importLink}>
          <p>Import a member list (a CSV export from your membership system) to start.</p>
        </EmptyState>
      ) : null}
      {page && page.total === 0 && filtering ? (
        <EmptyState
          title="No members match."
          action={
            <Button
              variant="secondary"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              Clear the search and filters
            </Button>
          }
        >
          <p>Try fewer words, or another region.</p>
        </EmptyState>
      ) : null}
      {page && page.total > 0 ? (
        <div aria-busy={loading || undefined}>
          <Table
            caption="Members"
            hideCaption
            columns={COLUMNS}
            rows={page.items}
            rowKey={(row) => row.id}
          />
          <Pagination
            offset={page.offset}
            limit={page.limit}
            total={page.total}
            noun="members"
            onChange={(next) => update({ offset: String(next) })}
          />
        </div>
      ) : null}

      <div style={{ marginTop: 'var(--pb-space-5)' }}>
        <Card title="Export" headingLevel={2}>
          <ExportButtons regionId={regionId || undefined} regionLabel={regionLabel} />
        </Card>
      </div>
    </>
  );
}
