import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A call's script answers, and the index that makes deleting a script version cheap. */
export class CallRecordAnswers1764400600000 implements MigrationInterface {
  name = 'CallRecordAnswers1764400600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_record" ADD "answers" jsonb`);
    await queryRunner.query(
      `CREATE INDEX "call_record_script_version_id_index" ON "call_record" ("script_version_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."call_record_script_version_id_index"`);
    await queryRunner.query(`ALTER TABLE "call_record" DROP COLUMN "answers"`);
  }
}
