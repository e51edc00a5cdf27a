import { position, scaleTop } from '../utils/chart-scale';
import { count, decimal, percent } from '../utils/dashboard-format';

export interface QuotaBarProps {
  pledged: number;
  quota: number;
  /** Quota lines are drawn at most this many times (a region's seats). */
  seats: number;
}

/** How many whole quotas the pledges have passed, and the quota lines to draw (1 quota, 2 …). */
export function quotaMarks(pledged: number, quota: number, seats: number): number[] {
  if (quota <= 0) return [];
  const reached = Math.floor(pledged / quota);
  const shown = Math.max(1, Math.min(seats, reached + (reached < seats ? 1 : 0)));
  return Array.from({ length: shown }, (_, index) => (index + 1) * quota);
}

/**
 * A region's pledges as one bar, with a line at each quota's worth (up to the seats). The
 * sentence above it says the same in words, so the bar itself is hidden from screen readers.
 */
export function QuotaBar({ pledged, quota, seats }: QuotaBarProps) {
  const marks = quotaMarks(pledged, quota, seats);
  const top = scaleTop([pledged, ...marks]);
  const words =
    quota > 0
      ? `${count.format(pledged)} pledged: ${percent.format(pledged / quota)} of a quota (${decimal.format(quota)})`
      : `${count.format(pledged)} pledged; no quota yet`;
  return (
    <div className="pb-quota-bar">
      <p className="pb-quota-bar__words pb-number">{words}</p>
      <svg className="pb-bars__track" aria-hidden="true" focusable="false">
        <rect className="pb-quota-bar__bar" height="100%" width={position(pledged, top)} />
        {marks.map((mark) => (
          <line
            key={mark}
            className="pb-bars__line"
            data-line={String(mark)}
            x1={position(mark, top)}
            x2={position(mark, top)}
            y1="0"
            y2="100%"
          />
        ))}
      </svg>
    </div>
  );
}
