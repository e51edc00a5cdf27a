import { type ReactNode, useId } from 'react';

/** The title is a heading, so the charts of a page can be found by heading; 2 unless nested. */
export interface ChartHeading {
  headingLevel?: 2 | 3;
}

export interface ChartFigureProps extends ChartHeading {
  title: ReactNode;
  /** What the picture shows, in one or two sentences: the picture's accessible name. */
  summary: string;
  /** The picture; hidden from assistive technology, which reads `summary` and the table. */
  children: ReactNode;
  /** The same figures as a table, behind a "Show the figures" toggle. */
  table: ReactNode;
  /** A key to the picture's marks (e.g. the quota line), shown under the title. */
  legend?: ReactNode;
  /** Shown instead of the picture and the table when there is nothing to draw yet. */
  empty?: ReactNode;
}

/**
 * The frame every dashboard chart shares: a title, the picture as one image with a summary
 * for screen readers, and the exact figures as a table anyone can open.
 */
export function ChartFigure({
  title,
  summary,
  children,
  table,
  legend,
  empty,
  headingLevel = 2,
}: ChartFigureProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="pb-chart" aria-labelledby={titleId}>
      <figcaption className="pb-chart__title">
        <Heading className="pb-chart__heading" id={titleId}>
          {title}
        </Heading>
      </figcaption>
      {empty ? (
        <p className="pb-chart__empty">{empty}</p>
      ) : (
        <>
          {legend ? <div className="pb-chart__legend">{legend}</div> : null}
          <div role="img" aria-label={summary} className="pb-chart__picture">
            {children}
          </div>
          <details className="pb-chart__figures">
            <summary>Show the figures</summary>
            {table}
          </details>
        </>
      )}
    </figure>
  );
}
