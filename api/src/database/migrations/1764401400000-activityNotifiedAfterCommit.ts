import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each function's NOTIFYs, with the line break and indentation before each as written. */
const NOTIFICATIONS = {
  'call_record_tally()': [
    `
        PERFORM pg_notify('phonebank_region_activity', list_region::text);`,
    `
        PERFORM pg_notify('phonebank_call_list_activity', NEW.call_list_id::text);`,
  ],
  'pledge_insert_tally()': [
    `
        IF NEW.region_id IS NOT NULL THEN
          PERFORM pg_notify('phonebank_region_activity', NEW.region_id::text);
        END IF;`,
  ],
};

/** Where each function ends, the NOTIFYs having come right before. */
const END = `
        RETURN NULL;
      END`;

/** The function's definition, from PostgreSQL itself, changed by `change`; refused if unchanged. */
async function redefine(
  queryRunner: QueryRunner,
  signature: string,
  change: (definition: string) => string,
): Promise<void> {
  const [{ definition }] = await queryRunner.query(
    `SELECT pg_get_functiondef($1::regprocedure) AS definition`,
    [signature],
  );
  const changed = change(definition);
  if (changed === definition) throw new Error(`${signature} is not as this migration expects.`);
  await queryRunner.query(changed);
}

/**
 * Recorded calls and pledges no longer notify from their triggers: a NOTIFY takes
 * PostgreSQL's one notification lock at commit and holds it until the commit is on disk,
 * so every recording waited for the one before. The API notifies after the commit instead,
 * coalesced (CoalescedNotifier). Each trigger function stays as it was, less its NOTIFYs.
 */
export class ActivityNotifiedAfterCommit1764401400000 implements MigrationInterface {
  name = 'ActivityNotifiedAfterCommit1764401400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [signature, statements] of Object.entries(NOTIFICATIONS))
      await redefine(queryRunner, signature, (definition) =>
        statements.reduce((text, statement) => text.replace(statement, ''), definition),
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [signature, statements] of Object.entries(NOTIFICATIONS))
      await redefine(queryRunner, signature, (definition) =>
        definition.replace(END, `${statements.join('')}${END}`),
      );
  }
}
