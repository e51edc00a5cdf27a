import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seat projections: the coordinator's assumptions per region, and runs worked as jobs. */
export class Projections1764400800000 implements MigrationInterface {
  name = 'Projections1764400800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "region" ADD "projection_assumptions" jsonb`);
    await queryRunner.query(
      `CREATE TYPE "public"."projection_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "projection_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "requested_by_id" uuid, "simulations" integer NOT NULL, "assumptions" jsonb NOT NULL, "status" "public"."projection_run_status" NOT NULL DEFAULT 'QUEUED', "progress" real NOT NULL DEFAULT '0', "result" jsonb, "failure_message" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c4a995ee88769ff75f3c3c9c50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "projection_run_region_created_index" ON "projection_run" ("region_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "projection_run" ADD CONSTRAINT "FK_e32eb8668d197172cbae2e1f7c0" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projection_run" ADD CONSTRAINT "FK_194e2f0fea9e35f876f0a2eb94c" FOREIGN KEY ("requested_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "projection_run" DROP CONSTRAINT "FK_194e2f0fea9e35f876f0a2eb94c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "projection_run" DROP CONSTRAINT "FK_e32eb8668d197172cbae2e1f7c0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."projection_run_region_created_index"`);
    await queryRunner.query(`DROP TABLE "projection_run"`);
    await queryRunner.query(`DROP TYPE "public"."projection_run_status"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "projection_assumptions"`);
  }
}
