import '../dashboards.css';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { useFallbackPolling } from '../../../apollo/live/live-status';
import { Alert, EmptyState, PageHeader, Select, Spinner } from '../../../design-system';
import { useIsAdmin } from '../../auth/hooks/useCurrentUser';
import { RetentionWarnings } from '../../elections/components/RetentionWarnings';
import { DASHBOARD_ELECTIONS_QUERY, REGION_TALLIES_QUERY } from '../graphql/dashboards.operations';
import { TALLY_FALLBACK_POLL_MS } from '../hooks/useRegionTally';
import { LiveIndicator } from './LiveIndicator';
import { RegionCard } from './RegionCard';

/** The national overview: a card per region, live, with pledges against quota and projections. */
export function DashboardPage() {
  const elections = useQuery(DASHBOARD_ELECTIONS_QUERY).data?.elections ?? [];
  const isAdmin = useIsAdmin();
  const [chosen, setChosen] = useState<string | undefined>();
  // Until one is chosen, the API's default (the newest election) decides.
  const { data, loading, error } = useQuery(REGION_TALLIES_QUERY, {
    variables: { electionId: chosen },
    pollInterval: useFallbackPolling(TALLY_FALLBACK_POLL_MS),
  });
  const tallies = data?.regionTallies ?? [];
  const electionId = chosen ?? tallies[0]?.region.electionId;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description="Pledges region by region, as volunteers record them."
        actions={<LiveIndicator />}
      />
      {elections.length > 1 && electionId ? (
        <div className="pb-filters">
          <Select
            label="Election"
            value={electionId}
            options={elections.map((election) => ({ value: election.id, label: election.name }))}
            onChange={setChosen}
          />
        </div>
      ) : null}
      {isAdmin ? <RetentionWarnings /> : null}
      {error ? <Alert tone="error">{apiProblems(error)[0]?.message}</Alert> : null}
      {loading && !data ? <Spinner label="Loading the regions" /> : null}
      {data && tallies.length === 0 ? (
        <EmptyState title="No regions to show.">
          <p>Coordinators see the regions they coordinate; an admin can add you to one.</p>
        </EmptyState>
      ) : null}
      <div className="pb-region-cards">
        {tallies.map((tally) => (
          <RegionCard key={tally.region.id} tally={tally} />
        ))}
      </div>
    </>
  );
}
