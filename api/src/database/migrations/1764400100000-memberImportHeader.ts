import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The uploaded file's header, kept for the error report after the file itself is deleted. */
export class MemberImportHeader1764400100000 implements MigrationInterface {
  name = 'MemberImportHeader1764400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_import" ADD "header" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_import" DROP COLUMN "header"`);
  }
}
