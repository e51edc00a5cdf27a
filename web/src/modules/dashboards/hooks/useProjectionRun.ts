import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import {
  LATEST_PROJECTION_RUN_QUERY,
  PROJECTION_RUN_QUERY,
  START_PROJECTION_MUTATION,
} from '../graphql/projections.operations';

/** Often enough for a progress bar to move smoothly; a run of 1,000 simulations takes seconds. */
export const PROJECTION_POLL_MS = 700;

/**
 * A region's projection: the latest finished run (stored by the server, so nothing is counted
 * to show it), and a new run started on demand, polled until the job queue finishes it.
 */
export function useProjectionRun(regionId: string) {
  const latest = useQuery(LATEST_PROJECTION_RUN_QUERY, { variables: { regionId } });
  const [startProjection, started] = useMutation(START_PROJECTION_MUTATION);
  const runId = started.data?.startProjection.id;
  const polled = useQuery(PROJECTION_RUN_QUERY, {
    variables: { id: runId ?? '' },
    skip: !runId,
    pollInterval: PROJECTION_POLL_MS,
  });
  const run = polled.data?.projectionRun ?? started.data?.startProjection;
  const running = run?.status === 'QUEUED' || run?.status === 'RUNNING';
  const finishedRun = useRef<string | null>(null);

  const { stopPolling } = polled;
  const refetchLatest = latest.refetch;
  useEffect(() => {
    if (!run || running || finishedRun.current === run.id) return;
    finishedRun.current = run.id;
    stopPolling();
    // Whoever else shows this region's projection (the overview's card) sees the new one.
    if (run.status === 'SUCCEEDED') void refetchLatest();
  }, [run, running, stopPolling, refetchLatest]);

  const succeeded = run?.status === 'SUCCEEDED' ? run : undefined;
  return {
    /** The run whose result to show: the one just finished, else the latest stored. */
    shown: succeeded ?? latest.data?.latestProjectionRun ?? undefined,
    /** The run started from this screen, while it is queued or counting. */
    running: running ? run : undefined,
    failed: run?.status === 'FAILED' ? run : undefined,
    loading: latest.loading && !latest.data,
    starting: started.loading,
    error: started.error ?? polled.error ?? latest.error,
    start: (simulations: number) =>
      startProjection({ variables: { regionId, simulations } }).catch(() => undefined),
  };
}
