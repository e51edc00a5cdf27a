/**
 * PostgreSQL channels of activity; the payload is the id of what changed. The API notifies
 * recorded calls and pledges once they commit (CoalescedNotifier); a trigger, opt-outs.
 */
export const REGION_ACTIVITY_CHANNEL = 'phonebank_region_activity';
export const CALL_LIST_ACTIVITY_CHANNEL = 'phonebank_call_list_activity';

/**
 * At most one recomputation per region or call list per this many milliseconds in each API
 * process, however many calls arrive: a busy evening of 2,000 callers becomes a few pushes a
 * second per screen, and the last call always produces one.
 */
export const LIVE_COALESCE_MS = 400;

/** graphql-ws close codes (its own `CloseCode` values) and the reasons we give with them. */
export const LIVE_CLOSE = {
  unauthenticated: { code: 4401, reason: 'Sign in first: this connection has no live session.' },
  sessionEnded: { code: 4401, reason: 'Your session has ended: sign in again.' },
  crossSite: { code: 4403, reason: 'Live updates are only for pages of this site.' },
} as const;

/**
 * A watched call list is counted again this often even when no call is recorded: claims,
 * skips and leases running out change who is held without notifying anyone.
 */
export const CALL_LIST_REFRESH_MS = 5_000;
