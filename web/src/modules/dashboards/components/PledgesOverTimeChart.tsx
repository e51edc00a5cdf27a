import { Table } from '../../../design-system';
import { position, scaleTop } from '../utils/chart-scale';
import { count, shortDay } from '../utils/dashboard-format';
import { type DayActivity, everyDay } from '../utils/days';
import { ChartFigure, type ChartHeading } from './ChartFigure';

export interface PledgesOverTimeChartProps extends ChartHeading {
  days: readonly DayActivity[];
}

/** Drawn back to front: each is a part of the one before, so the columns nest. */
const SERIES = [
  { key: 'calls', label: 'Calls' },
  { key: 'reached', label: 'Reached' },
  { key: 'pledged', label: 'Pledged' },
] as const;

function total(days: readonly DayActivity[], key: (typeof SERIES)[number]['key']): number {
  return days.reduce((sum, day) => sum + day[key], 0);
}

/** Calls, members reached and pledges per day, one column per day of the campaign. */
export function PledgesOverTimeChart({ days, headingLevel }: PledgesOverTimeChartProps) {
  const filled = everyDay(days);
  const top = scaleTop(filled.map((day) => day.calls));
  // A column is never wider than a seventh of the chart, so the first days do not look like bars.
  const width = filled.length > 0 ? 100 / Math.max(filled.length, 7) : 0;
  const gap = Math.min(width * 0.15, 0.5);
  const busiest = filled.reduce<DayActivity | undefined>(
    (best, day) => (!best || day.calls > best.calls ? day : best),
    undefined,
  );
  const first = filled[0];
  const last = filled[filled.length - 1];
  const summary =
    first && last && busiest
      ? `Pledges over time, ${shortDay(first.day)} to ${shortDay(last.day)}: ` +
        `${count.format(total(filled, 'calls'))} calls, ${count.format(total(filled, 'reached'))} members reached, ` +
        `${count.format(total(filled, 'pledged'))} pledges. Busiest day ${shortDay(busiest.day)}: ` +
        `${count.format(busiest.calls)} calls, ${count.format(busiest.pledged)} pledges.`
      : '';
  return (
    <ChartFigure
      headingLevel={headingLevel}
      title="Pledges over time"
      summary={summary}
      empty={filled.length === 0 ? 'No calls recorded yet.' : undefined}
      legend={
        <ul className="pb-chart__keys">
          {SERIES.map((series) => (
            <li key={series.key}>
              <span className={`pb-chart__key pb-days__${series.key}`} aria-hidden="true" />
              {series.label}
            </li>
          ))}
        </ul>
      }
      table={
        <Table
          caption="Calls, members reached and pledges per day"
          hideCaption
          rows={filled.filter((day) => day.calls > 0)}
          rowKey={(day) => day.day}
          columns={[
            { key: 'day', header: 'Day', render: (day) => shortDay(day.day) },
            ...SERIES.map((series) => ({
              key: series.key,
              header: series.label,
              render: (day: DayActivity) => (
                <span className="pb-number">{count.format(day[series.key])}</span>
              ),
            })),
          ]}
        />
      }
    >
      <div className="pb-days">
        <span className="pb-days__top pb-number">{`${count.format(top)} a day`}</span>
        <svg className="pb-days__plot" aria-hidden="true" focusable="false">
          {filled.map((day, index) =>
            SERIES.map((series) => {
              const height = position(day[series.key], top);
              return (
                <rect
                  key={`${day.day}-${series.key}`}
                  className={`pb-days__${series.key}`}
                  data-day={day.day}
                  x={`${(index * width + gap).toFixed(3)}%`}
                  width={`${(width - 2 * gap).toFixed(3)}%`}
                  y={`${100 - Number.parseFloat(height)}%`}
                  height={height}
                />
              );
            }),
          )}
        </svg>
        <span className="pb-days__axis">
          <span>{first ? shortDay(first.day) : ''}</span>
          <span>{last && last !== first ? shortDay(last.day) : ''}</span>
        </span>
      </div>
    </ChartFigure>
  );
}
