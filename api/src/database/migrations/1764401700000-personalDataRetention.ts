import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage limitation and erasure everywhere: an election's polling day and how many days
 * after it members' contact details are kept, when they were anonymised; and a function that
 * redacts a pattern from every string inside a JSON value (script answers, audit details),
 * so erasure reaches free text kept in jsonb without parsing it in the server.
 */
export class PersonalDataRetention1764401700000 implements MigrationInterface {
  name = 'PersonalDataRetention1764401700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "election" ADD "polling_day" date`);
    await queryRunner.query(
      `ALTER TABLE "election" ADD "retention_days" integer NOT NULL DEFAULT 90`,
    );
    await queryRunner.query(
      `ALTER TABLE "election" ADD "contact_details_anonymised_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`
      CREATE FUNCTION redact_jsonb_strings(value jsonb, pattern text) RETURNS jsonb
      LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        RETURN CASE jsonb_typeof(value)
          WHEN 'string' THEN to_jsonb(regexp_replace(value #>> '{}', pattern, '[erased]', 'gi'))
          WHEN 'array' THEN (SELECT coalesce(jsonb_agg(redact_jsonb_strings(e, pattern) ORDER BY i), '[]'::jsonb)
                               FROM jsonb_array_elements(value) WITH ORDINALITY AS t(e, i))
          WHEN 'object' THEN (SELECT coalesce(jsonb_object_agg(k, redact_jsonb_strings(v, pattern)), '{}'::jsonb)
                                FROM jsonb_each(value) AS t(k, v))
          ELSE value
        END;
      END $$`);
    // Members erased before erasure reached their calls and tags: what it does now, done for
    // them (not undone by down: erased data does not come back).
    await queryRunner.query(`
      UPDATE call_record c
         SET notes = NULL,
             answers = (SELECT jsonb_object_agg(a.key, a.value)
                          FROM jsonb_each(c.answers) a
                          JOIN call_script_version v ON v.id = c.script_version_id
                          CROSS JOIN LATERAL jsonb_array_elements(v.steps) s
                         WHERE s->>'key' = a.key AND s->>'type' <> 'FREE_TEXT')
       WHERE c.member_id IN (SELECT id FROM member WHERE erased_at IS NOT NULL)
         AND (c.notes IS NOT NULL OR c.answers IS NOT NULL)`);
    await queryRunner.query(
      `UPDATE member SET tags = '{}' WHERE erased_at IS NOT NULL AND tags <> '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION redact_jsonb_strings(jsonb, text)`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "contact_details_anonymised_at"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "retention_days"`);
    await queryRunner.query(`ALTER TABLE "election" DROP COLUMN "polling_day"`);
  }
}
