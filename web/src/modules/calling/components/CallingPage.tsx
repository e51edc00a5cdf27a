import { useQuery } from '@apollo/client/react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Badge, Card, EmptyState, PageHeader, Spinner } from '../../../design-system';
import { Link } from '../../../router';
import { members } from '../../call-lists/utils/call-list-labels';
import { CALLING_LISTS_QUERY } from '../graphql/calling.operations';
import { callingHoursSentence } from '../utils/dispositions';

/** The call lists the signed-in user may call from, with what is left on each. */
export function CallingPage() {
  const { data, loading, error } = useQuery(CALLING_LISTS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const lists = data?.callLists;
  return (
    <>
      <PageHeader title="Calling" description="Choose a call list to start calling its members." />
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {loading && !lists ? <Spinner label="Loading your call lists" /> : null}
      {lists && lists.length === 0 ? (
        <EmptyState title="You are on no call list yet.">
          <p>When a coordinator adds you to one, it shows here.</p>
        </EmptyState>
      ) : null}
      {lists && lists.length > 0 ? (
        <ul className="pb-grid" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {lists.map((list) => (
            <li key={list.id}>
              <Card title={list.name}>
                <p className="pb-button-row" style={{ margin: 0 }}>
                  <span>{`${list.region.code}: ${list.region.name}`}</span>
                  {list.status === 'PAUSED' ? <Badge tone="warning">Paused</Badge> : null}
                  {list.callingHours.openNow ? (
                    <Badge tone="success">Open now</Badge>
                  ) : (
                    <Badge tone="neutral">Closed now</Badge>
                  )}
                </p>
                <p>
                  {`${members(list.remaining)} still to call. `}
                  <span className="pb-muted">{callingHoursSentence(list.callingHours)}</span>
                </p>
                <Link
                  className="pb-button pb-button--primary"
                  to={`/calling/${list.id}`}
                  aria-label={`Start calling from ${list.name}`}
                >
                  Start calling
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
