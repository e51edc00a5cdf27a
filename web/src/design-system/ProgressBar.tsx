import { useId } from 'react';

export interface ProgressBarProps {
  label: string;
  /** Leave undefined while the amount of work is unknown: the bar then moves without a value. */
  value?: number;
  max?: number;
  /** Says the progress in words (e.g. "12,000 rows read"); defaults to the percentage. */
  valueText?: string;
}

export function ProgressBar({ label, value, max = 100, valueText }: ProgressBarProps) {
  const id = useId();
  if (value === undefined) {
    return (
      <div className="pb-progress">
        <span id={id}>
          {label}
          {valueText ? `: ${valueText}` : ''}
        </span>
        <div
          className="pb-progress__track pb-progress__track--indeterminate"
          role="progressbar"
          aria-labelledby={id}
          aria-valuetext={valueText}
        >
          <div className="pb-progress__bar" />
        </div>
      </div>
    );
  }
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? Math.round((clamped / max) * 100) : 0;
  return (
    <div className="pb-progress">
      <span id={id}>
        {label}: {valueText ?? `${percent}%`}
      </span>
      <div
        className="pb-progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={clamped}
        aria-valuetext={valueText ? `${percent}%, ${valueText}` : undefined}
      >
        <div className="pb-progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
