const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  dateStyle: 'medium',
  timeStyle: 'short',
});

const LONDON_SECONDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A moment as people in the UK read it, e.g. "3 Mar 2026, 14:05" (GMT or BST as due). */
export function formatLondonTime(iso: string): string {
  return LONDON.format(new Date(iso));
}

/** With seconds, for the audit log. */
export function formatLondonTimeExact(iso: string): string {
  return LONDON_SECONDS.format(new Date(iso));
}
