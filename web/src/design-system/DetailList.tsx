import { type ReactNode } from 'react';

export interface DetailItem {
  term: string;
  value: ReactNode;
}

/** Label/value pairs, e.g. a member's details; two columns on a laptop, stacked on a phone. */
export function DetailList({ items }: { items: readonly DetailItem[] }) {
  return (
    <dl className="pb-details">
      {items.map((item) => (
        <div key={item.term} className="pb-details__row">
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
