import { type CallListProgress, count, PROGRESS_PARTS } from '../utils/call-list-labels';

export interface CallListProgressChartProps {
  progress: CallListProgress;
}

/**
 * Where a list's members stand, as one stacked bar. The bar is a picture only; the table
 * under it carries the same numbers for everyone, and is the legend too.
 */
export function CallListProgressChart({ progress }: CallListProgressChartProps) {
  const total = PROGRESS_PARTS.reduce((sum, part) => sum + progress[part.key], 0);
  return (
    <div className="pb-stacked">
      <div className="pb-stacked__bar" aria-hidden="true">
        {PROGRESS_PARTS.filter((part) => progress[part.key] > 0).map((part) => (
          <div
            key={part.key}
            className={`pb-stacked__part pb-stacked__part--${part.key}`}
            style={{ flexGrow: progress[part.key] }}
            title={`${part.label}: ${count.format(progress[part.key])}`}
          />
        ))}
      </div>
      <table className="pb-stacked__legend">
        <caption className="pb-visually-hidden">Members by state</caption>
        <thead className="pb-visually-hidden">
          <tr>
            <th scope="col">State</th>
            <th scope="col">Members</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {PROGRESS_PARTS.map((part) => (
            <tr key={part.key}>
              <th scope="row">
                <span
                  className={`pb-stacked__swatch pb-stacked__part--${part.key}`}
                  aria-hidden="true"
                />
                {part.label}
                <span className="pb-field__hint"> {part.meaning}</span>
              </th>
              <td className="pb-number">{count.format(progress[part.key])}</td>
              <td className="pb-number">
                {total > 0 ? `${Math.round((progress[part.key] / total) * 100)}%` : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
