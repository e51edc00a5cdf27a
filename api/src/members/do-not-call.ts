import type { EntityManager } from 'typeorm';

/**
 * Marks a member never to be called again: the first opt-out's time and reason are kept.
 * A trigger on member.do_not_call withdraws them from every call queue in the same
 * transaction (migration 1764400300000), so no later claim can offer them.
 */
export async function markDoNotCall(
  manager: EntityManager,
  memberId: string,
  reason: string | null,
  at: Date,
): Promise<void> {
  await manager.query(
    `UPDATE member
        SET do_not_call = true,
            opted_out_at = COALESCE(opted_out_at, $3),
            opt_out_reason = CASE WHEN opted_out_at IS NULL AND erased_at IS NULL THEN $2 ELSE opt_out_reason END,
            updated_at = now()
      WHERE id = $1`,
    [memberId, reason, at],
  );
}
