import { useQuery } from '@apollo/client/react';

import { useFallbackPolling } from '../../../apollo/live/live-status';
import { useLiveSubscription } from '../../../apollo/live/useLiveSubscription';
import {
  REGION_TALLY_CHANGED_SUBSCRIPTION,
  REGION_TALLY_QUERY,
} from '../graphql/dashboards.operations';
import { newestTally } from '../utils/newest-tally';

/** While live updates are down, the page asks this often instead. */
export const TALLY_FALLBACK_POLL_MS = 15_000;

/**
 * A region's tally, kept current: the query answers first, then every recount the server
 * pushes (after calls are recorded on any API process) replaces it. A tally has no id of its
 * own for the cache to merge by, so the newer of the two is shown.
 */
export function useRegionTally(regionId: string) {
  const pushed = useLiveSubscription(REGION_TALLY_CHANGED_SUBSCRIPTION, {
    variables: { regionId },
  });
  const query = useQuery(REGION_TALLY_QUERY, {
    variables: { regionId },
    pollInterval: useFallbackPolling(TALLY_FALLBACK_POLL_MS, pushed.error),
  });
  return {
    tally: newestTally(query.data?.regionTally, pushed.data?.regionTallyChanged),
    loading: query.loading && !query.data && !pushed.data,
    error: query.error,
    /** The subscription failed: the page polls instead. */
    liveError: pushed.error,
  };
}
