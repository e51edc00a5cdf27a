/**
 * The one-way hash that replaces an erased member's membership number, as an SQL expression
 * over a row with `election_id` and `membership_number` columns. Erasure writes it; an import
 * computes it for each incoming number, so a re-import of an erased member is recognised and
 * never brings them back.
 *
 * `membership_number` is varchar(64): 'erased:' (7) + the first 57 hex digits of the SHA-256
 * (228 bits) fit exactly; the full 64-digit hex would not.
 */
export const ERASED_MEMBERSHIP_NUMBER_SQL = `'erased:' || left(encode(sha256(convert_to(election_id::text || ':' || membership_number, 'UTF8')), 'hex'), 57)`;

/** Erased membership numbers all start with this; no real membership number does. */
export const ERASED_MEMBERSHIP_NUMBER_PREFIX = 'erased:';
