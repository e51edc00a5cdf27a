/** Whole numbers as people in the UK write them: 1,204. */
export const count = new Intl.NumberFormat('en-GB');

/** Quotas and expected seats: at most one decimal, 1,204.5. */
export const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Shares of a whole (0–1) as a rounded percentage: 0.374 → "37%". */
export const percent = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 0,
});

const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });

/** The time of day in the UK with seconds, for "updated 14:05:09". */
export function londonClock(iso: string): string {
  return LONDON_CLOCK.format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as "3 Mar". */
export function shortDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** "1 seat", "3 seats". */
export function seats(n: number): string {
  return `${decimal.format(n)} ${n === 1 ? 'seat' : 'seats'}`;
}
