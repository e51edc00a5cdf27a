import { useQuery } from '@apollo/client/react';

import { apiProblems } from '../../../apollo/errors';
import { useFallbackPolling } from '../../../apollo/live/live-status';
import { useLiveSubscription } from '../../../apollo/live/useLiveSubscription';
import {
  Alert,
  Badge,
  Card,
  DetailList,
  EmptyState,
  PageHeader,
  Spinner,
} from '../../../design-system';
import { Link, useParams } from '../../../router';
import { formatLondonTime } from '../../members/utils/london-time';
import { PLEDGE_STATUS_LABELS } from '../../members/utils/member-labels';
import { CALL_LIST_CHANGED_SUBSCRIPTION, CALL_LIST_QUERY } from '../graphql/call-lists.operations';
import {
  CALL_LIST_POLL_MS,
  CALL_LIST_STATUS_LABELS,
  CALL_LIST_STATUS_TONES,
  count,
  finished,
} from '../utils/call-list-labels';
import { CallListProgressChart } from './CallListProgressChart';
import { CallListSettingsForm } from './CallListSettingsForm';
import { CallListStatusActions } from './CallListStatusActions';
import { CallListVolunteers } from './CallListVolunteers';
import { FirstPreferenceBalance } from './FirstPreferenceBalance';

type Filter = {
  pledgeStatuses: readonly (keyof typeof PLEDGE_STATUS_LABELS)[];
  unpledged: boolean;
  neverCalled: boolean;
  notCalledSince?: string | null;
  mobileOnly: boolean;
  tags: readonly string[];
};

function describeFilter(filter: Filter): string {
  const parts: string[] = [];
  const pledges = filter.pledgeStatuses.map((status) => PLEDGE_STATUS_LABELS[status]);
  if (filter.unpledged) pledges.push('no pledge yet');
  if (pledges.length > 0) parts.push(`pledge: ${pledges.join(', ')}`);
  if (filter.neverCalled) parts.push('never called');
  if (filter.notCalledSince)
    parts.push(`not called since ${formatLondonTime(filter.notCalledSince)}`);
  if (filter.mobileOnly) parts.push('mobile numbers only');
  if (filter.tags.length > 0) parts.push(`tagged ${filter.tags.join(' or ')}`);
  return parts.length > 0 ? parts.join('; ') : 'Every member of the region who can be called';
}

/**
 * One call list: its state, live progress, settings and volunteers. Kept fresh by the
 * callListChanged subscription (each push lands in the cache under the list's id); polls
 * only while that is not flowing.
 */
export function CallListPage() {
  const { callListId = '' } = useParams();
  const { error: liveError } = useLiveSubscription(CALL_LIST_CHANGED_SUBSCRIPTION, {
    variables: { id: callListId },
  });
  const { data, loading, error } = useQuery(CALL_LIST_QUERY, {
    variables: { id: callListId },
    pollInterval: useFallbackPolling(CALL_LIST_POLL_MS, liveError),
  });
  const callList = data?.callList;
  const back = <Link to="/call-lists">Back to call lists</Link>;

  if (loading && !data) return <Spinner label="Loading the call list" />;
  if (!callList) {
    return (
      <>
        <PageHeader title="Call list" />
        {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
        <EmptyState title="There is no such call list, or not in your regions." action={back} />
      </>
    );
  }

  const archived = callList.status === 'ARCHIVED';
  return (
    <>
      <p style={{ margin: '0 0 var(--pb-space-3)' }}>{back}</p>
      <PageHeader
        title={callList.name}
        description={
          <>
            {`${callList.region.code}: ${callList.region.name}. `}
            <Badge tone={CALL_LIST_STATUS_TONES[callList.status]}>
              {CALL_LIST_STATUS_LABELS[callList.status]}
            </Badge>
          </>
        }
      />
      <div className="pb-stack">
        {error ? (
          <Alert tone="error">{`Not up to date: ${apiProblems(error)[0]?.message}`}</Alert>
        ) : null}
        <CallListStatusActions callList={callList} />
        <Card title="Progress">
          <p className="pb-number" style={{ marginTop: 0 }}>
            {`${count.format(finished(callList.progress))} of ${count.format(callList.size)} finished; ${count.format(callList.remaining)} still to call.`}
          </p>
          <CallListProgressChart progress={callList.progress} />
          <DetailList
            items={[
              { term: 'Who', value: describeFilter(callList.filter) },
              { term: 'Made', value: formatLondonTime(callList.createdAt) },
              { term: 'Last refreshed', value: formatLondonTime(callList.refreshedAt) },
            ]}
          />
        </Card>
        <Card title="Volunteers">
          <CallListVolunteers
            callListId={callList.id}
            volunteers={callList.volunteers}
            editable={!archived}
          />
        </Card>
        <Card title={`Vote management in ${callList.region.code}`}>
          <FirstPreferenceBalance callListId={callList.id} regionId={callList.region.id} />
        </Card>
        <Card title="Settings">
          <CallListSettingsForm key={callList.id} callList={callList} disabled={archived} />
        </Card>
      </div>
    </>
  );
}
