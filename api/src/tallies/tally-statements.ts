// The tallies' read statements, in one place: TalliesService runs them, and the tallies
// benchmark runs the very same text straight through pg to measure what the API adds.

/**
 * Region $1's callable members (index-only, on member_callable_region_index), and the sums
 * of its region_tally shards: members called and reached, latest pledges by status,
 * second-preference answer and ballot.
 */
export const REGION_COUNTS_SQL = `
SELECT (SELECT count(*) FROM member
         WHERE region_id = $1 AND NOT do_not_call AND erased_at IS NULL)::int AS members,
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

/** Region $1's calls per local day and per volunteer, in one pass over call_activity. */
export const CALL_ACTIVITY_SQL = `
SELECT day::text AS day, volunteer_id,
       sum(calls)::int AS calls, sum(reached)::int AS reached, sum(pledged)::int AS pledged,
       max(last_call_at) AS last_call_at
  FROM call_activity
 WHERE region_id = $1
 GROUP BY GROUPING SETS ((day), (volunteer_id))`;
