// The queue's hot statements, in one place: the API runs them, and the queue benchmark runs
// the very same text straight through pg to measure what the API adds.

function takeNext(whose: string): string {
  return `
WITH next AS (
  SELECT id FROM call_queue_entry
   WHERE call_list_id = $1 AND state = 'WAITING' AND ${whose}
     AND next_attempt_at <= $2
   ORDER BY priority, next_attempt_at, id
   LIMIT 1
   FOR UPDATE SKIP LOCKED
), taken AS (
  UPDATE call_queue_entry e
     SET claimed_by_id = $3, claim_id = $4, lease_expires_at = $5, next_attempt_at = $5
    FROM next
   WHERE e.id = next.id
  RETURNING e.id, e.member_id
)
INSERT INTO claim (id, call_list_id, queue_entry_id, member_id, volunteer_id, claimed_at, lease_expires_at)
SELECT $4, $1, taken.id, taken.member_id, $3, $2, $5 FROM taken
RETURNING id`;
}

/**
 * Takes the next due, unreserved member of list $1 at time $2 for volunteer $3 under claim
 * $4 until $5, in one statement. SKIP LOCKED lets concurrent claimers pass over a row
 * another transaction is taking; moving next_attempt_at to the lease's end makes a held
 * member not due, so the lease needs no separate check and its expiry needs no sweeper.
 * Served by call_queue_entry_due_index.
 */
export const TAKE_NEXT_MEMBER_SQL = takeNext('reserved_for_id IS NULL');

/** The same among the members a coordinator reserved for volunteer $3 (static assignment). */
export const TAKE_NEXT_RESERVED_MEMBER_SQL = takeNext('reserved_for_id = $3');

/** Locks volunteer $2's row on list $1 (one claim at a time per volunteer) and reads their hold. */
export const LOCK_VOLUNTEER_SQL = `
SELECT v.current_claim_id,
       (e.id IS NOT NULL) AS holding
  FROM call_list_volunteer v
  LEFT JOIN claim c ON c.id = v.current_claim_id AND c.released_at IS NULL AND c.lease_expires_at > $3
  LEFT JOIN call_queue_entry e ON e.id = c.queue_entry_id AND e.claim_id = c.id AND e.state = 'WAITING'
 WHERE v.call_list_id = $1 AND v.user_id = $2
   FOR UPDATE OF v`;

export const SET_CURRENT_CLAIM_SQL = `
UPDATE call_list_volunteer SET current_claim_id = $3 WHERE call_list_id = $1 AND user_id = $2`;
