import { type LiveStatus, useLiveStatus } from '../../../apollo/live/live-status';
import { TALLY_FALLBACK_POLL_MS } from '../hooks/useRegionTally';
import { londonClock } from '../utils/dashboard-format';

export interface LiveIndicatorProps {
  /** When the figures shown were counted. */
  countedAt?: string;
  /** The server refused the page's subscription: the figures are refreshed by asking again. */
  refused?: boolean;
}

const REFUSED = {
  words: `Not live: refreshed every ${TALLY_FALLBACK_POLL_MS / 1000} s`,
  tone: 'reconnecting',
};

const STATES: Readonly<Record<LiveStatus, { words: string; tone: string }>> = {
  idle: { words: 'Connecting…', tone: 'connecting' },
  connecting: { words: 'Connecting…', tone: 'connecting' },
  connected: { words: 'Live', tone: 'live' },
  down: { words: 'Reconnecting…', tone: 'reconnecting' },
};

/**
 * Whether the figures move by themselves, and how fresh they are. Only the state is announced
 * to screen readers when it changes; the time, which changes with every call, is not.
 */
export function LiveIndicator({ countedAt, refused = false }: LiveIndicatorProps) {
  const status = useLiveStatus();
  const state = refused ? REFUSED : STATES[status];
  return (
    <p className={`pb-live pb-live--${state.tone}`}>
      <span className="pb-live__dot" aria-hidden="true" />
      <span className="pb-live__state" role="status">
        {state.words}
      </span>
      {countedAt ? <span className="pb-number">{`Updated ${londonClock(countedAt)}`}</span> : null}
    </p>
  );
}
