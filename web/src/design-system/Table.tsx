import { type ReactNode, useId } from 'react';

export interface TableColumn<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
}

export interface TableProps<Row> {
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Hides the caption visually when the page heading already says what the table holds. */
  hideCaption?: boolean;
  /**
   * `cards` (the default) turns rows into cards on a phone; `wide` keeps the grid and scrolls
   * sideways instead, for tables whose columns are the point (e.g. a file preview).
   */
  layout?: 'cards' | 'wide';
}

/** A table on a laptop; on a phone each row becomes a card whose cells carry their header. */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  hideCaption = false,
  layout = 'cards',
}: TableProps<Row>) {
  const captionId = useId();
  const table = (
    <table className={layout === 'wide' ? 'pb-table pb-table--plain' : 'pb-table'}>
      <caption id={captionId} className={hideCaption ? 'pb-visually-hidden' : undefined}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.key} data-label={column.header}>
                {column.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (layout === 'cards') return table;
  return (
    // A scrolling region must be reachable by keyboard to be scrolled.
    <div className="pb-scroll-x" tabIndex={0} role="region" aria-labelledby={captionId}>
      {table}
    </div>
  );
}
