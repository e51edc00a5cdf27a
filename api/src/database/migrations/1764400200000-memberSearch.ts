import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the members list's search: trigram GIN over the full name (ILIKE '%…%'),
 * prefix btrees over membership number and phone, and postcode with its spaces removed.
 * Declared on the Member entity with `synchronize: false`.
 */
export class MemberSearch1764400200000 implements MigrationInterface {
  name = 'MemberSearch1764400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A trusted extension since PostgreSQL 13: the database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "member_name_trgm_index" ON "member" USING gin (("first_name" || ' ' || "last_name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "member_membership_number_prefix_index" ON "member" ("membership_number" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "member_phone_prefix_index" ON "member" ("phone" text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "member_postcode_search_index" ON "member" ((replace(upper("postcode"), ' ', '')) text_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."member_postcode_search_index"`);
    await queryRunner.query(`DROP INDEX "public"."member_phone_prefix_index"`);
    await queryRunner.query(`DROP INDEX "public"."member_membership_number_prefix_index"`);
    await queryRunner.query(`DROP INDEX "public"."member_name_trgm_index"`);
    // pg_trgm stays: other objects may use it, and it is harmless.
  }
}
