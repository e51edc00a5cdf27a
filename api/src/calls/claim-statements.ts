// The queue's hot statements, in one place: the API runs them, and the queue benchmark runs
// the very same statements straight through pg to measure what the API adds. Those every
// call runs are prepared (named): PostgreSQL plans them once per connection, not each time.
import { prepared } from '../database/prepared-statement';

function takeNext(whose: string): string {
  return `
WITH hold AS (
  SELECT 1 FROM call_list_volunteer
   WHERE call_list_id = $1 AND user_id = $3 AND current_claim_id IS NOT DISTINCT FROM $6
     FOR UPDATE
), next AS (
  SELECT id FROM call_queue_entry
   WHERE EXISTS (SELECT 1 FROM hold)
     AND call_list_id = $1 AND state = 'WAITING' AND ${whose}
     AND next_attempt_at <= $2
     -- Not while another list's volunteer holds the same member. OFFSET 0 keeps this a
     -- per-candidate probe of call_queue_entry_member_id_index: as a join, the planner
     -- scans every other list's entries on each claim.
     AND NOT EXISTS (SELECT 1 FROM call_queue_entry other
                      WHERE other.member_id = call_queue_entry.member_id AND other.call_list_id <> $1
                        AND other.state = 'WAITING' AND other.lease_expires_at > $2
                     OFFSET 0)
   ORDER BY priority, next_attempt_at, id
   LIMIT 1
   FOR UPDATE SKIP LOCKED
), taken AS (
  UPDATE call_queue_entry e
     SET claimed_by_id = $3, claim_id = $4, lease_expires_at = $5, next_attempt_at = $5
    FROM next
   WHERE e.id = next.id
  RETURNING e.id, e.member_id
), claimed AS (
  INSERT INTO claim (id, call_list_id, queue_entry_id, member_id, volunteer_id, claimed_at, lease_expires_at)
  SELECT $4, $1, taken.id, taken.member_id, $3, $2, $5 FROM taken
  RETURNING *
), holder AS (
  UPDATE call_list_volunteer SET current_claim_id = (SELECT id FROM claimed)
   WHERE call_list_id = $1 AND user_id = $3 AND EXISTS (SELECT 1 FROM hold)
)
SELECT EXISTS (SELECT 1 FROM hold) AS hold_unchanged,
       to_jsonb(claimed) AS claim, to_jsonb(m) AS member, to_jsonb(r) AS region,
       set_config('synchronous_commit', 'off', true) AS commit_without_waiting_for_disk
  FROM (SELECT 1) AS one
  LEFT JOIN claimed ON true
  LEFT JOIN member m ON m.id = claimed.member_id
  LEFT JOIN region r ON r.id = m.region_id`;
}

/**
 * Takes the next due, unreserved member of list $1 at time $2 for volunteer $3 under claim
 * $4 until $5 and makes it the volunteer's current claim, all in one statement: the claim
 * with its member and the member's region come back as JSON for hydrate() (null when nobody
 * is due). The API reads the volunteer's hold first (READ_VOLUNTEER_HOLD) and decides
 * whether to claim at all; $6 is the current claim it read. This statement locks the
 * volunteer's place and takes a member only if that is still their current claim
 * (`hold_unchanged`): otherwise, another claim of theirs got in between, and the API reads
 * again. So a volunteer holds one member per list, and no transaction stays open while
 * the API does anything else (an open transaction holds its rows, and keeps the queue's
 * index from shedding entries of members already taken, which every claim then steps over).
 *
 * SKIP LOCKED lets concurrent claimers pass over a row another is taking; moving
 * next_attempt_at to the lease's end makes a held member not due, so the lease needs no
 * separate check and its expiry needs no sweeper. Served by call_queue_entry_due_index.
 * When nobody is taken, the volunteer's current claim is cleared: the member just called no
 * longer counts as held (see claimNextContact's finishedClaimId).
 *
 * The claim's commit does not wait for the disk (synchronous_commit off, for this
 * transaction only): a claim is a lease. Should the database crash in the fraction of a
 * second before its WAL is flushed, the claim is lost whole and the member is simply back in
 * the queue; the volunteer's phone would have to claim again. Every recorded call still
 * waits for the disk, and flushes any claim before it.
 */
export const TAKE_NEXT_MEMBER = prepared('take_next_member', takeNext('reserved_for_id IS NULL'));

/** The same among the members a coordinator reserved for volunteer $3 (static assignment). */
export const TAKE_NEXT_RESERVED_MEMBER = prepared(
  'take_next_reserved_member',
  takeNext('reserved_for_id = $3'),
);

/**
 * List $1 (as JSON for hydrate()) and volunteer $2's hold on it at time $3: their current
 * claim, whether they still hold its member, and whether members are reserved for them
 * (only then is the reserved queue tried). The hold columns are null when the volunteer is
 * not on the list; no row when there is no such list. Locks nothing: TAKE_NEXT_MEMBER
 * checks that the current claim read here is still current as it takes a member.
 */
export const READ_VOLUNTEER_HOLD = prepared(
  'read_volunteer_hold',
  `
SELECT to_jsonb(l) AS call_list, hold.on_list, hold.current_claim_id, hold.holding, hold.has_reserved
  FROM call_list l
  LEFT JOIN LATERAL (
    SELECT true AS on_list, v.current_claim_id,
           (e.id IS NOT NULL) AS holding,
           EXISTS (SELECT 1 FROM call_queue_entry r
                    WHERE r.reserved_for_id = $2 AND r.call_list_id = $1 AND r.state = 'WAITING') AS has_reserved
      FROM call_list_volunteer v
      LEFT JOIN claim c ON c.id = v.current_claim_id AND c.released_at IS NULL AND c.lease_expires_at > $3
      LEFT JOIN call_queue_entry e ON e.id = c.queue_entry_id AND e.claim_id = c.id AND e.state = 'WAITING'
     WHERE v.call_list_id = $1 AND v.user_id = $2) hold ON true
 WHERE l.id = $1`,
);

export const SET_CURRENT_CLAIM_SQL = `
UPDATE call_list_volunteer SET current_claim_id = $3 WHERE call_list_id = $1 AND user_id = $2`;

/** A claim with its member, the member's region and its list, as JSON rows for hydrate(). */
export const LOAD_CLAIM_SQL = `
SELECT to_jsonb(c) AS claim, to_jsonb(m) AS member, to_jsonb(r) AS region, to_jsonb(l) AS call_list
  FROM claim c
  JOIN member m ON m.id = c.member_id
  LEFT JOIN region r ON r.id = m.region_id
  JOIN call_list l ON l.id = c.call_list_id
 WHERE c.id = $1`;

/**
 * For recording a call under key $2 on claim $1: the call already recorded under that key,
 * if any (as JSON for hydrate(): a replay is answered with it), and the claim with its
 * list's rules and its queue entry (claim columns null when there is no such claim), and
 * whether script version $3 exists (true without one), so the check costs no round trip of
 * its own. Locks nothing: RECORD_CALL checks the entry's attempts are still those read here.
 */
export const READ_CLAIM_FOR_RECORDING = prepared(
  'read_claim_for_recording',
  `
SELECT (SELECT to_jsonb(r) FROM call_record r WHERE r.idempotency_key = $2) AS earlier,
       ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM call_script_version v WHERE v.id = $3::uuid))
         AS script_version_found,
       held.*
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (
    SELECT c.id, c.volunteer_id, c.member_id, c.call_list_id, l.region_id AS list_region_id,
           l.max_attempts, l.retry_delays, e.id AS entry_id, e.attempts
      FROM claim c
      JOIN call_list l ON l.id = c.call_list_id
      JOIN call_queue_entry e ON e.id = c.queue_entry_id
     WHERE c.id = $1) AS held ON true`,
);

/**
 * Records call $2 under key $1 and moves the member on in the queue ($11: entry, $12–$14:
 * next state, priority and attempt time, worked out from $15 attempts as read by
 * READ_CLAIM_FOR_RECORDING; $16–$17: script version and answers), ends the claim and
 * clears the volunteer's hold, in one statement that locks the entry first: nothing is
 * written unless the entry still has $15 attempts (`entry_unchanged` false: another call
 * of the member was recorded meanwhile; read again). The new key only: no `id` when the
 * key was used already (a replay). A member withdrawn or finished meanwhile keeps that
 * state; one another volunteer holds now (this lease ran out and they took the member)
 * stays theirs until their lease ends.
 */
export const RECORD_CALL = prepared(
  'record_call',
  `
WITH entry AS (
  SELECT id, COALESCE(claim_id IS DISTINCT FROM $2 AND lease_expires_at > $10, false) AS held_by_another
    FROM call_queue_entry
   WHERE id = $11 AND attempts = $15
     FOR UPDATE
), recorded AS (
  INSERT INTO call_record (idempotency_key, claim_id, call_list_id, member_id, volunteer_id,
                           disposition, notes, call_back_at, attempt, created_at,
                           script_version_id, answers)
  SELECT $1::varchar, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::disposition, $7::varchar,
         $8::timestamptz, $9::smallint, $10::timestamptz, $16::uuid, $17::jsonb
    FROM entry
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING id
), advanced AS (
  UPDATE call_queue_entry e
     SET attempts = $9, last_disposition = $6, last_attempt_at = $10,
         state = CASE WHEN e.state = 'WAITING' THEN $12::call_queue_state ELSE e.state END,
         priority = CASE WHEN e.state = 'WAITING' THEN $13 ELSE e.priority END,
         next_attempt_at = CASE
           WHEN e.state <> 'WAITING' THEN e.next_attempt_at
           WHEN entry.held_by_another THEN greatest(COALESCE($14, e.next_attempt_at), e.next_attempt_at)
           ELSE COALESCE($14, e.next_attempt_at) END,
         claimed_by_id = CASE WHEN e.state = 'WAITING' AND NOT entry.held_by_another THEN NULL ELSE e.claimed_by_id END,
         lease_expires_at = CASE WHEN e.state = 'WAITING' AND NOT entry.held_by_another THEN NULL ELSE e.lease_expires_at END
    FROM entry
   WHERE e.id = entry.id AND EXISTS (SELECT 1 FROM recorded)
), released AS (
  UPDATE claim SET released_at = COALESCE(released_at, $10)
   WHERE id = $2 AND EXISTS (SELECT 1 FROM recorded)
), unheld AS (
  UPDATE call_list_volunteer SET current_claim_id = NULL
   WHERE call_list_id = $3 AND user_id = $5 AND current_claim_id = $2 AND EXISTS (SELECT 1 FROM recorded)
)
SELECT EXISTS (SELECT 1 FROM entry) AS entry_unchanged, (SELECT id FROM recorded) AS id`,
);

/**
 * For recording a call whose claim no longer exists (it committed without waiting for the
 * disk, and a crash lost it): list $1's rules, member $2's entry on it (null columns when
 * the member is not on the list), and whether user $3 was added to the list. Rare: plain
 * text, not prepared.
 */
export const READ_LIST_PLACE_FOR_RECORDING_SQL = `
SELECT l.id AS call_list_id, l.region_id AS list_region_id, l.max_attempts, l.retry_delays,
       e.id AS entry_id, e.member_id, e.attempts,
       EXISTS (SELECT 1 FROM call_list_volunteer v WHERE v.call_list_id = l.id AND v.user_id = $3)
         AS on_list
  FROM call_list l
  LEFT JOIN call_queue_entry e ON e.call_list_id = l.id AND e.member_id = $2
 WHERE l.id = $1`;

/**
 * Puts back lost claim $1 (list $2, entry $3, member $4, volunteer $5) as held for no time
 * at all, at $6, and already ended: RECORD_CALL then records the call against it as it
 * would a late outcome. A hold of no length overlaps no other volunteer's.
 */
export const RESTORE_LOST_CLAIM_SQL = `
INSERT INTO claim (id, call_list_id, queue_entry_id, member_id, volunteer_id, claimed_at, lease_expires_at, released_at)
VALUES ($1, $2, $3, $4, $5, $6, $6, $6)
ON CONFLICT (id) DO NOTHING`;
