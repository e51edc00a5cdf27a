/** How long before anonymisation the admin is warned. */
export const RETENTION_WARNING_DAYS = 14;

/** The most days after the polling day an admin may keep contact details (ten years). */
export const MAX_RETENTION_DAYS = 3650;

/**
 * The day members' contact details are anonymised: the polling day plus the retention
 * period, both as calendar days (YYYY-MM-DD, UTC). The job's SQL uses the same sum
 * (`polling_day + retention_days`).
 */
export function anonymisationDay(pollingDay: string | null, retentionDays: number): string | null {
  if (pollingDay === null) return null;
  const day = new Date(`${pollingDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + retentionDays);
  return day.toISOString().slice(0, 10);
}
