export interface DayActivity {
  /** YYYY-MM-DD */
  day: string;
  calls: number;
  reached: number;
  pledged: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Every day from the first to the last with activity, in order, days without calls as zeros:
 * a time axis where a quiet day shows as a gap, not as nothing.
 */
export function everyDay(days: readonly DayActivity[]): DayActivity[] {
  if (days.length === 0) return [];
  const byDay = new Map(days.map((activity) => [activity.day, activity]));
  const sorted = [...byDay.keys()].sort();
  const last = sorted[sorted.length - 1];
  const filled: DayActivity[] = [];
  // Bounded: a tally spans one campaign, and a malformed day must not loop for ever.
  for (let day = sorted[0]; filled.length < 3660; day = nextDay(day)) {
    const known = byDay.get(day);
    filled.push(
      known
        ? { day, calls: known.calls, reached: known.reached, pledged: known.pledged }
        : { day, calls: 0, reached: 0, pledged: 0 },
    );
    if (day >= last) break;
  }
  return filled;
}
