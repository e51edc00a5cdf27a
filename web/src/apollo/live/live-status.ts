import { useSyncExternalStore } from 'react';

/**
 * Where the live-update socket stands: `idle` before anything subscribed (or after the last
 * subscriber left), `connecting`, `connected`, or `down` while it retries. Screens poll
 * only when it is not `connected`.
 */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'down';

let current: LiveStatus = 'idle';
const listeners = new Set<() => void>();

export function setLiveStatus(status: LiveStatus): void {
  if (status === current) return;
  current = status;
  for (const listener of listeners) listener();
}

export function liveStatus(): LiveStatus {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribe, liveStatus);
}

/**
 * The poll interval for a screen that also subscribes: none while live updates flow, else
 * `intervalMs` (the socket is down, or the subscription itself failed).
 */
export function useFallbackPolling(intervalMs: number, subscriptionError?: unknown): number {
  const flowing = useLiveStatus() === 'connected' && !subscriptionError;
  return flowing ? 0 : intervalMs;
}
