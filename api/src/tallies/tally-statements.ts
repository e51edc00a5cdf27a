// The tallies' read statements, in one place: TalliesService runs them, and the tallies
// benchmark runs the very same text straight through pg to measure what the API adds.

/**
 * Region $1's region_tally shards summed: members who may be called, members called and
 * reached, latest pledges by status, second-preference answer and ballot.
 */
export const REGION_COUNTS_SQL = `
SELECT COALESCE(sum(members), 0)::int AS members,
       COALESCE(sum(called), 0)::int AS called,
       COALESCE(sum(reached), 0)::int AS reached,
       COALESCE(sum(pledged), 0)::int AS pledged,
       COALESCE(sum(leaning), 0)::int AS leaning,
       COALESCE(sum(undecided), 0)::int AS undecided,
       COALESCE(sum(against), 0)::int AS against,
       COALESCE(sum(not_voting), 0)::int AS not_voting,
       COALESCE(sum(second_not_asked), 0)::int AS second_not_asked,
       COALESCE(sum(second_agreed), 0)::int AS second_agreed,
       COALESCE(sum(second_declined), 0)::int AS second_declined,
       COALESCE(sum(second_unsure), 0)::int AS second_unsure,
       COALESCE(sum(ballots_received), 0)::int AS ballots_received,
       COALESCE(sum(voted), 0)::int AS voted
  FROM region_tally
 WHERE region_id = $1`;

/** Region $1's per-candidate counts (first preferences, agreed second preferences, transfers). */
export const CANDIDATE_COUNTS_SQL = `
SELECT measure, candidate_id, next_candidate_id, sum(count)::int AS count
  FROM candidate_tally
 WHERE region_id = $1
 GROUP BY measure, candidate_id, next_candidate_id
HAVING sum(count) <> 0`;

/** Region $1's calls per local day (the sum of the day's shards), oldest first. */
export const DAY_ACTIVITY_SQL = `
SELECT day::text AS day, sum(calls)::int AS calls, sum(reached)::int AS reached,
       sum(pledged)::int AS pledged
  FROM region_day_activity
 WHERE region_id = $1
 GROUP BY day
 ORDER BY day`;

/**
 * Region $1's volunteers' calls, most calls first, each with the volunteer's columns (not the
 * password hash) and the ids of the regions they call for.
 */
export const VOLUNTEER_ACTIVITY_SQL = `
SELECT a.calls, a.reached, a.pledged, a.last_call_at,
       u.id, u.email, u.name, u.role, u.disabled_at, u.created_at, u.updated_at,
       ARRAY(SELECT ur.region_id FROM user_region ur WHERE ur.user_id = u.id) AS region_ids
  FROM region_volunteer_activity a
  JOIN "user" u ON u.id = a.volunteer_id
 WHERE a.region_id = $1
 ORDER BY a.calls DESC, a.volunteer_id`;
