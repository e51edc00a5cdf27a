import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Vote management: the split of first preferences wanted among our candidates per region. */
export class FirstPreferenceTargets1764400400000 implements MigrationInterface {
  name = 'FirstPreferenceTargets1764400400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "region" ADD "first_preference_targets" jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "first_preference_targets"`);
  }
}
