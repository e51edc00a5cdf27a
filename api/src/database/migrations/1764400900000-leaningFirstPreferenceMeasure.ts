import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A candidate_tally measure for leaning supporters' first preferences, so vote management
 * reads its counts from the tallies. Its own migration: PostgreSQL uses a new enum value
 * only once the transaction that added it has committed.
 */
export class LeaningFirstPreferenceMeasure1764400900000 implements MigrationInterface {
  name = 'LeaningFirstPreferenceMeasure1764400900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."candidate_measure" ADD VALUE IF NOT EXISTS 'LEANING_FIRST_PREFERENCE'`,
    );
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value. Unused once the next migration is reverted, it
    // is harmless, and reverting the tallies migration drops the whole type.
  }
}
