import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When an import had read every row of its file: what is left is its last batch and counts. */
export class MemberImportReadAt1764401300000 implements MigrationInterface {
  name = 'MemberImportReadAt1764401300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_import" ADD "read_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "member_import" DROP COLUMN "read_at"`);
  }
}
