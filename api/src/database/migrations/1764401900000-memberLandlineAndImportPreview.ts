import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's second number (a home phone) beside the number to call; and, on an import,
 * whether it is a preview, whether blank cells clear stored values, and what it counted
 * (members left without a phone, rejections by reason, fields a preview would change).
 */
export class MemberLandlineAndImportPreview1764401900000 implements MigrationInterface {
  name = 'MemberLandlineAndImportPreview1764401900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member" ADD "landline" character varying(20)`);
    await queryRunner.query(
      `ALTER TABLE "member_import"
         ADD "dry_run" boolean NOT NULL DEFAULT false,
         ADD "blank_cells_clear" boolean NOT NULL DEFAULT false,
         ADD "rows_without_phone" integer NOT NULL DEFAULT 0,
         ADD "rejection_reasons" jsonb NOT NULL DEFAULT '[]',
         ADD "field_changes" jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "member_import" DROP COLUMN "field_changes", DROP COLUMN "rejection_reasons",
         DROP COLUMN "rows_without_phone", DROP COLUMN "blank_cells_clear", DROP COLUMN "dry_run"`,
    );
    await queryRunner.query(`ALTER TABLE "member" DROP COLUMN "landline"`);
  }
}
