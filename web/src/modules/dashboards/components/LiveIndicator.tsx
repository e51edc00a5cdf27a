import { type LiveStatus, useLiveStatus } from '../../../apollo/live/live-status';
import { londonClock } from '../utils/dashboard-format';

export interface LiveIndicatorProps {
  /** When the figures shown were counted. */
  countedAt?: string;
}

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
export function LiveIndicator({ countedAt }: LiveIndicatorProps) {
  const state = STATES[useLiveStatus()];
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
