import { type Bar } from './chart-types';
import { count, percent } from './dashboard-format';

/** "1,204 (37%)": a count with its share of the total, or the count alone when the total is 0. */
export function countWithShare(value: number, total: number): string {
  return total > 0
    ? `${count.format(value)} (${percent.format(value / total)})`
    : count.format(value);
}

export interface Category<Key extends string> {
  key: Key;
  label: string;
  colour: string;
}

/**
 * One bar per category, in the categories' order (missing ones as 0), each with its share of
 * the whole; none at all when the whole is 0, so the chart says it has nothing to show.
 */
export function categoryBars<Key extends string>(
  categories: readonly Category<Key>[],
  counts: readonly { key: Key; count: number }[],
): Bar[] {
  const counted = new Map(counts.map((row) => [row.key, row.count]));
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return [];
  return categories.map(({ key, label, colour }) => {
    const value = counted.get(key) ?? 0;
    return { key, label, value, valueText: countWithShare(value, total), colour };
  });
}

/** "Pledged 30 (30%), Leaning 0 (0%)": bars read out in order. */
export function barsInWords(bars: readonly Bar[]): string {
  return bars.map((bar) => `${bar.label} ${bar.valueText ?? count.format(bar.value)}`).join(', ');
}
