import type { EntityManager } from 'typeorm';

import { ERASED_MEMBERSHIP_NUMBER_SQL } from './erased-membership-number';
import { memberIdentifiersPattern } from './personal-data-pattern';

/** What an import error row says once the member it named has been erased. */
export const ERASED_IMPORT_ERROR_MESSAGE =
  'This row was removed: it named a member erased at their request or at the end of the retention period.';

/** A set of members, as SQL that selects their ids (`SELECT id FROM member WHERE …`). */
export interface MemberSet {
  sql: string;
  params: unknown[];
}

/**
 * Removes members' personal data from every place the database keeps it, set-wise, in the
 * caller's transaction (README, "Data protection", lists each place):
 * - the member row: name, phone, email, postcode, tags and opt-out reason go, the
 *   membership number becomes a one-way hash, and they are never to be called;
 * - their calls: notes blanked (a note on a call to someone is about them throughout, so
 *   no word of it is safe to keep) and free-text script answers dropped; dispositions,
 *   times, choices and rankings stay, so every tally is unchanged;
 * - their pledges carry no free text and stay as counts.
 * Returns how many members were erased now (not those erased before).
 */
export async function eraseMembers(manager: EntityManager, members: MemberSet): Promise<number> {
  await manager.query(
    `UPDATE call_record c
        SET notes = NULL,
            answers = (SELECT jsonb_object_agg(a.key, a.value)
                         FROM jsonb_each(c.answers) a
                         JOIN call_script_version v ON v.id = c.script_version_id
                         CROSS JOIN LATERAL jsonb_array_elements(v.steps) s
                        WHERE s->>'key' = a.key AND s->>'type' <> 'FREE_TEXT')
      WHERE c.member_id IN (${members.sql})
        AND (c.notes IS NOT NULL OR c.answers IS NOT NULL)`,
    members.params,
  );
  const erased: [unknown[], number] = await manager.query(
    `UPDATE member
        SET first_name = '', last_name = '', phone = NULL, landline = NULL, email = NULL, postcode = NULL,
            phone_type = NULL, tags = '{}', opt_out_reason = NULL, do_not_call = true,
            membership_number = ${ERASED_MEMBERSHIP_NUMBER_SQL},
            erased_at = now(), updated_at = now()
      WHERE id IN (${members.sql}) AND erased_at IS NULL`,
    members.params,
  );
  return erased[1];
}

/**
 * Text not linked to the member that may still name them: rejected rows of the election's
 * imports (wiped whole: the row's other cells, such as the postcode, are theirs too), the
 * names of its import files,
 * notes and free-text answers of other members' calls, and the audit log's details (the
 * identifiers replaced by "[erased]"). Found by `memberIdentifiersPattern`; run before the
 * member row loses the identifiers.
 */
export async function redactMentions(
  manager: EntityManager,
  member: {
    id: string;
    electionId: string;
    membershipNumber: string;
    firstName: string;
    lastName: string;
    phone: string | null;
    landline: string | null;
    email: string | null;
  },
): Promise<void> {
  const pattern = memberIdentifiersPattern(member);
  if (pattern === null) return;
  await manager.query(
    `UPDATE member_import_error e
        SET raw = NULL, message = $3
       FROM member_import i
      WHERE i.id = e.import_id AND i.election_id = $1
        AND (e.raw ~* $2 OR e.message ~* $2)`,
    [member.electionId, pattern, ERASED_IMPORT_ERROR_MESSAGE],
  );
  await manager.query(
    `UPDATE member_import SET file_name = regexp_replace(file_name, $2, '[erased]', 'gi')
      WHERE election_id = $1 AND file_name ~* $2`,
    [member.electionId, pattern],
  );
  await manager.query(
    `UPDATE call_record c
        SET notes = regexp_replace(c.notes, $2, '[erased]', 'gi'),
            answers = CASE WHEN c.answers::text ~* $2 THEN redact_jsonb_strings(c.answers, $2) ELSE c.answers END
       FROM call_list l
      WHERE l.id = c.call_list_id AND l.election_id = $1 AND c.member_id <> $3
        AND (c.notes ~* $2 OR c.answers::text ~* $2)`,
    [member.electionId, pattern, member.id],
  );
  await manager.query(
    `UPDATE audit_log SET details = redact_jsonb_strings(details, $1) WHERE details::text ~* $1`,
    [pattern],
  );
}

/**
 * Every import error row of an election: when all its members are anonymised at the end of
 * the retention period, no rejected row is left that could be anyone's but theirs.
 */
export async function wipeImportErrors(manager: EntityManager, electionId: string): Promise<void> {
  await manager.query(
    `UPDATE member_import_error e
        SET raw = NULL, message = $2
       FROM member_import i
      WHERE i.id = e.import_id AND i.election_id = $1 AND (e.raw IS NOT NULL OR e.message <> $2)`,
    [electionId, ERASED_IMPORT_ERROR_MESSAGE],
  );
}
