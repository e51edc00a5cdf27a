import { type ReactNode } from 'react';

import { Table } from '../../../design-system';
import { position, scaleTop } from '../utils/chart-scale';
import { type Bar, type ReferenceLine } from '../utils/chart-types';
import { count } from '../utils/dashboard-format';
import { ChartFigure, type ChartHeading } from './ChartFigure';

export interface BarChartProps extends ChartHeading {
  title: ReactNode;
  summary: string;
  bars: readonly Bar[];
  /** Header of the label column in the figures table, e.g. "Candidate". */
  labelHeader: string;
  /** Header of the value column in the figures table, e.g. "First preferences". */
  valueHeader: string;
  lines?: readonly ReferenceLine[];
  /** A fixed end of the scale (1 for chances); otherwise a round number above every value. */
  top?: number;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: ReactNode;
  legend?: ReactNode;
}

function valueText(bar: Bar): string {
  return bar.valueText ?? count.format(bar.value);
}

/**
 * Horizontal bars, one per row, with optional reference lines (the quota) across them. Labels
 * and values are text beside each bar, so they stay legible on a phone; the bars are SVG drawn
 * in percentages of the row, so they stretch to any width.
 */
export function BarChart({
  title,
  summary,
  bars,
  labelHeader,
  valueHeader,
  lines = [],
  top,
  empty,
  legend,
  headingLevel,
}: BarChartProps) {
  const end = top ?? scaleTop([...bars.map((bar) => bar.value), ...lines.map((l) => l.value)]);
  const hasNotes = bars.some((bar) => bar.note);
  return (
    <ChartFigure
      title={title}
      headingLevel={headingLevel}
      summary={summary}
      legend={legend}
      empty={bars.length === 0 ? (empty ?? 'Nothing to show yet.') : undefined}
      table={
        <Table
          caption={title}
          hideCaption
          rows={bars}
          rowKey={(bar) => bar.key}
          columns={[
            { key: 'label', header: labelHeader, render: (bar) => bar.label },
            {
              key: 'value',
              header: valueHeader,
              render: (bar) => <span className="pb-number">{valueText(bar)}</span>,
            },
            ...(hasNotes ? [{ key: 'note', header: 'Note', render: (bar: Bar) => bar.note }] : []),
          ]}
        />
      }
    >
      <div className="pb-bars">
        {bars.map((bar) => (
          <div className="pb-bars__row" key={bar.key} data-bar={bar.key}>
            <span className="pb-bars__label">
              {bar.label}
              {bar.note ? <span className="pb-bars__note">{bar.note}</span> : null}
            </span>
            <svg className="pb-bars__track" aria-hidden="true" focusable="false">
              <rect
                className="pb-bars__bar"
                x="0"
                y="0"
                height="100%"
                width={position(bar.value, end)}
                style={bar.colour ? { fill: bar.colour } : undefined}
              />
              {lines.map((line) => (
                <line
                  key={line.label}
                  className="pb-bars__line"
                  data-line={line.label}
                  x1={position(line.value, end)}
                  x2={position(line.value, end)}
                  y1="0"
                  y2="100%"
                />
              ))}
            </svg>
            <span className="pb-bars__value pb-number">{valueText(bar)}</span>
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}
