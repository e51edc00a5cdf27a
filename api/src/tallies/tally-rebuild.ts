import { BACKFILL_TALLIES_SQL } from '../database/migrations/1764400700000-regionTallies';
import { BACKFILL_LEANING_FIRST_PREFERENCES_SQL } from '../database/migrations/1764401000000-leaningFirstPreferenceTallies';

/**
 * Every tally derived afresh from the calls and pledges, as the migrations' backfills do
 * (into empty tally tables): the tests check the triggers against it, and the tallies
 * benchmark seeds with it.
 */
export const REBUILD_TALLIES_SQL = [
  ...BACKFILL_TALLIES_SQL,
  ...BACKFILL_LEANING_FIRST_PREFERENCES_SQL,
];
