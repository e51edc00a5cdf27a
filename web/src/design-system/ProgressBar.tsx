import { useId } from 'react';

export interface ProgressBarProps {
  label: string;
  value: number;
  max?: number;
}

export function ProgressBar({ label, value, max = 100 }: ProgressBarProps) {
  const id = useId();
  const clamped = Math.min(Math.max(value, 0), max);
  const percent = max > 0 ? Math.round((clamped / max) * 100) : 0;
  return (
    <div className="pb-progress">
      <span id={id}>
        {label}: {percent}%
      </span>
      <div
        className="pb-progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={clamped}
      >
        <div className="pb-progress__bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
