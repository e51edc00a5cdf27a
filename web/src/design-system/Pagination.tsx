import { Button } from './Button';

export interface PaginationProps {
  /** Index of the first row shown (0-based). */
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
  /** Names the rows, e.g. "members". */
  noun: string;
}

const number = new Intl.NumberFormat('en-GB');

/** "41–60 of 1,234 members" with Previous and Next; hidden when one page holds everything. */
export function Pagination({ offset, limit, total, onChange, noun }: PaginationProps) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  const summary = `${number.format(first)}–${number.format(last)} of ${number.format(total)} ${noun}`;
  if (total <= limit && offset === 0) {
    return <p className="pb-pagination__summary">{`${number.format(total)} ${noun}`}</p>;
  }
  return (
    <nav className="pb-pagination" aria-label={`Pages of ${noun}`}>
      <p className="pb-pagination__summary" aria-live="polite">
        {summary}
      </p>
      <div className="pb-button-row">
        <Button
          variant="secondary"
          size="small"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          Previous<span className="pb-visually-hidden"> page</span>
        </Button>
        <Button
          variant="secondary"
          size="small"
          disabled={last >= total}
          onClick={() => onChange(offset + limit)}
        >
          Next<span className="pb-visually-hidden"> page</span>
        </Button>
      </div>
    </nav>
  );
}
