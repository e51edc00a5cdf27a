import { type ReactNode } from 'react';

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
}

/** A table on a laptop; on a phone each row becomes a card whose cells carry their header. */
export function Table<Row>({
  caption,
  columns,
  rows,
  rowKey,
  hideCaption = false,
}: TableProps<Row>) {
  return (
    <table className="pb-table">
      <caption className={hideCaption ? 'pb-visually-hidden' : undefined}>{caption}</caption>
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
}
