import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Call scripts: one per election default, region or call list (unique partial indexes),
 * each with immutable numbered versions of its steps; a call record keeps the version used.
 */
export class CallScripts1764400500000 implements MigrationInterface {
  name = 'CallScripts1764400500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call_script" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "region_id" uuid, "call_list_id" uuid, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_script_list_has_region" CHECK ("call_list_id" IS NULL OR "region_id" IS NOT NULL), CONSTRAINT "PK_a19bb49fd5583a3240d736bc16b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_script_call_list_unique" ON "call_script" ("call_list_id") WHERE call_list_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_script_region_unique" ON "call_script" ("region_id") WHERE region_id IS NOT NULL AND call_list_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_script_election_default_unique" ON "call_script" ("election_id") WHERE region_id IS NULL AND call_list_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_script_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "script_id" uuid NOT NULL, "version" integer NOT NULL, "steps" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98204b79a72fe18e876beee369c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_script_version_script_version_unique" ON "call_script_version" ("script_id", "version")`,
    );
    await queryRunner.query(`ALTER TABLE "call_record" ADD "script_version_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "call_script" ADD CONSTRAINT "FK_b86dd87f9a3d118773fa5286565" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script" ADD CONSTRAINT "FK_a79c4f296d04f0fdc60058d0adb" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script" ADD CONSTRAINT "FK_9b749de8a6723091f672a2be6f3" FOREIGN KEY ("call_list_id") REFERENCES "call_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script_version" ADD CONSTRAINT "FK_8a8dcaa03cad635f70cb184841b" FOREIGN KEY ("script_id") REFERENCES "call_script"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script_version" ADD CONSTRAINT "FK_edaf97874703099cb4bda02df1f" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" ADD CONSTRAINT "FK_692de1a78fd6affaa81ff427bf6" FOREIGN KEY ("script_version_id") REFERENCES "call_script_version"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "call_record" DROP CONSTRAINT "FK_692de1a78fd6affaa81ff427bf6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script_version" DROP CONSTRAINT "FK_edaf97874703099cb4bda02df1f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script_version" DROP CONSTRAINT "FK_8a8dcaa03cad635f70cb184841b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script" DROP CONSTRAINT "FK_9b749de8a6723091f672a2be6f3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script" DROP CONSTRAINT "FK_a79c4f296d04f0fdc60058d0adb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_script" DROP CONSTRAINT "FK_b86dd87f9a3d118773fa5286565"`,
    );
    await queryRunner.query(`ALTER TABLE "call_record" DROP COLUMN "script_version_id"`);
    await queryRunner.query(`DROP INDEX "public"."call_script_version_script_version_unique"`);
    await queryRunner.query(`DROP TABLE "call_script_version"`);
    await queryRunner.query(`DROP INDEX "public"."call_script_election_default_unique"`);
    await queryRunner.query(`DROP INDEX "public"."call_script_region_unique"`);
    await queryRunner.query(`DROP INDEX "public"."call_script_call_list_unique"`);
    await queryRunner.query(`DROP TABLE "call_script"`);
  }
}
