import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Call lists and the call queue: lists, their volunteers, one queue entry per member per
 * list, claims (leases) and call records; member tags for list filters.
 */
export class CallQueue1764400300000 implements MigrationInterface {
  name = 'CallQueue1764400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."call_list_status" AS ENUM('ACTIVE', 'PAUSED', 'ARCHIVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "region_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "status" "public"."call_list_status" NOT NULL DEFAULT 'ACTIVE', "filter" jsonb NOT NULL DEFAULT '{}', "calling_from" character varying(5) NOT NULL DEFAULT '10:00', "calling_to" character varying(5) NOT NULL DEFAULT '21:00', "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/London', "max_attempts" integer NOT NULL DEFAULT '3', "lease_minutes" integer NOT NULL DEFAULT '10', "retry_delays" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_list_calling_hours_order" CHECK ("calling_from" < "calling_to"), CONSTRAINT "call_list_max_attempts_range" CHECK ("max_attempts" BETWEEN 1 AND 20), CONSTRAINT "PK_ce959f318c9d218640f9a81c0a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_list_region_id_index" ON "call_list"  ("region_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "call_list_volunteer" ("call_list_id" uuid NOT NULL, "user_id" uuid NOT NULL, "current_claim_id" uuid, "added_by_id" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cd803473acd8bad4bb4de2e33c" PRIMARY KEY ("call_list_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_list_volunteer_user_id_index" ON "call_list_volunteer"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."call_queue_state" AS ENUM('WAITING', 'DONE', 'EXHAUSTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."disposition" AS ENUM('ANSWERED', 'NO_ANSWER', 'VOICEMAIL', 'BUSY', 'WRONG_NUMBER', 'CALL_BACK', 'REFUSED', 'DO_NOT_CALL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_queue_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "call_list_id" uuid NOT NULL, "member_id" uuid NOT NULL, "state" "public"."call_queue_state" NOT NULL DEFAULT 'WAITING', "priority" smallint NOT NULL DEFAULT '1', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" smallint NOT NULL DEFAULT '0', "last_disposition" "public"."disposition", "last_attempt_at" TIMESTAMP WITH TIME ZONE, "claimed_by_id" uuid, "lease_expires_at" TIMESTAMP WITH TIME ZONE, "claim_id" uuid, "reserved_for_id" uuid, CONSTRAINT "PK_7e67864984d358d07e37ce456c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_queue_entry_member_id_index" ON "call_queue_entry"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "call_queue_entry_reserved_index" ON "call_queue_entry"  ("reserved_for_id", "call_list_id", "next_attempt_at") WHERE "state" = 'WAITING' AND "reserved_for_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_queue_entry_due_index" ON "call_queue_entry"  ("call_list_id", "priority", "next_attempt_at", "id") WHERE "state" = 'WAITING' AND "reserved_for_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_queue_entry_list_member_unique" ON "call_queue_entry"  ("call_list_id", "member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "claim" ("id" uuid NOT NULL, "call_list_id" uuid NOT NULL, "queue_entry_id" bigint NOT NULL, "member_id" uuid NOT NULL, "volunteer_id" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_466b305cc2e591047fa1ce58f81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "claim_call_list_id_index" ON "claim"  ("call_list_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "claim_volunteer_id_index" ON "claim"  ("volunteer_id", "claimed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "claim_member_id_index" ON "claim"  ("member_id", "claimed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "call_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" character varying(64) NOT NULL, "claim_id" uuid NOT NULL, "call_list_id" uuid NOT NULL, "member_id" uuid NOT NULL, "volunteer_id" uuid, "disposition" "public"."disposition" NOT NULL, "notes" character varying(2000), "call_back_at" TIMESTAMP WITH TIME ZONE, "attempt" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07076b3bd2491d1c7e3fd211daa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_record_volunteer_id_index" ON "call_record"  ("volunteer_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "call_record_call_list_id_index" ON "call_record"  ("call_list_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "call_record_member_id_index" ON "call_record"  ("member_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_record_claim_id_unique" ON "call_record"  ("claim_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_record_idempotency_key_unique" ON "call_record"  ("idempotency_key") `,
    );
    await queryRunner.query(`ALTER TABLE "member" ADD "tags" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "call_list" ADD CONSTRAINT "FK_24335f38c01045099c5339dffec" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list" ADD CONSTRAINT "FK_e1f038bac5a842caab7aaf98a1a" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list" ADD CONSTRAINT "FK_cb00640078a4a6960fbc28c2159" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list_volunteer" ADD CONSTRAINT "FK_2308bb8c9222db870ecfa7f818a" FOREIGN KEY ("call_list_id") REFERENCES "call_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list_volunteer" ADD CONSTRAINT "FK_e314f9ca0bde53e28f927247364" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" ADD CONSTRAINT "FK_296b66554be4c6deca084afcd76" FOREIGN KEY ("call_list_id") REFERENCES "call_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" ADD CONSTRAINT "FK_6f6710b93fad8e67f57afe71e98" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" ADD CONSTRAINT "FK_54accde80749a64c431c63786e4" FOREIGN KEY ("claimed_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" ADD CONSTRAINT "FK_f1f06eb9d534aed1b1e6601e694" FOREIGN KEY ("reserved_for_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim" ADD CONSTRAINT "FK_4998970f5af2d0d0f73932b5b3a" FOREIGN KEY ("call_list_id") REFERENCES "call_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim" ADD CONSTRAINT "FK_a32d83b290040c258d7b23d8363" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "claim" ADD CONSTRAINT "FK_e911431301d71c811807b885d37" FOREIGN KEY ("volunteer_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" ADD CONSTRAINT "FK_ed1ddf59270b39c87a9ba785ee8" FOREIGN KEY ("claim_id") REFERENCES "claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" ADD CONSTRAINT "FK_044c1d0493a301602f76df95a2e" FOREIGN KEY ("call_list_id") REFERENCES "call_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" ADD CONSTRAINT "FK_7e32339800746c2c1125fb25b4c" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" ADD CONSTRAINT "FK_31d2585654ed303c5951048cb82" FOREIGN KEY ("volunteer_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // What TypeORM cannot describe: the member tags' GIN index (declared on Member with
    // synchronize: false) and the trigger that withdraws an opted-out or erased member from
    // every call queue in the transaction that marks them.
    await queryRunner.query(`CREATE INDEX "member_tags_index" ON "member" USING gin ("tags")`);
    await queryRunner.query(`
      CREATE FUNCTION call_queue_withdraw_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE call_queue_entry
           SET state = 'WITHDRAWN', claimed_by_id = NULL, lease_expires_at = NULL
         WHERE member_id = NEW.id AND state = 'WAITING';
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_do_not_call_withdraws_from_queues
        AFTER UPDATE OF do_not_call ON member
        FOR EACH ROW WHEN (NEW.do_not_call AND NOT OLD.do_not_call)
        EXECUTE FUNCTION call_queue_withdraw_member()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER member_do_not_call_withdraws_from_queues ON member`);
    await queryRunner.query(`DROP FUNCTION call_queue_withdraw_member()`);
    await queryRunner.query(`DROP INDEX "public"."member_tags_index"`);
    await queryRunner.query(
      `ALTER TABLE "call_record" DROP CONSTRAINT "FK_31d2585654ed303c5951048cb82"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" DROP CONSTRAINT "FK_7e32339800746c2c1125fb25b4c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" DROP CONSTRAINT "FK_044c1d0493a301602f76df95a2e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_record" DROP CONSTRAINT "FK_ed1ddf59270b39c87a9ba785ee8"`,
    );
    await queryRunner.query(`ALTER TABLE "claim" DROP CONSTRAINT "FK_e911431301d71c811807b885d37"`);
    await queryRunner.query(`ALTER TABLE "claim" DROP CONSTRAINT "FK_a32d83b290040c258d7b23d8363"`);
    await queryRunner.query(`ALTER TABLE "claim" DROP CONSTRAINT "FK_4998970f5af2d0d0f73932b5b3a"`);
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" DROP CONSTRAINT "FK_f1f06eb9d534aed1b1e6601e694"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" DROP CONSTRAINT "FK_54accde80749a64c431c63786e4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" DROP CONSTRAINT "FK_6f6710b93fad8e67f57afe71e98"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_queue_entry" DROP CONSTRAINT "FK_296b66554be4c6deca084afcd76"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list_volunteer" DROP CONSTRAINT "FK_e314f9ca0bde53e28f927247364"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list_volunteer" DROP CONSTRAINT "FK_2308bb8c9222db870ecfa7f818a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list" DROP CONSTRAINT "FK_cb00640078a4a6960fbc28c2159"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list" DROP CONSTRAINT "FK_e1f038bac5a842caab7aaf98a1a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_list" DROP CONSTRAINT "FK_24335f38c01045099c5339dffec"`,
    );
    await queryRunner.query(`ALTER TABLE "member" DROP COLUMN "tags"`);
    await queryRunner.query(`DROP INDEX "public"."call_record_idempotency_key_unique"`);
    await queryRunner.query(`DROP INDEX "public"."call_record_claim_id_unique"`);
    await queryRunner.query(`DROP INDEX "public"."call_record_member_id_index"`);
    await queryRunner.query(`DROP INDEX "public"."call_record_call_list_id_index"`);
    await queryRunner.query(`DROP INDEX "public"."call_record_volunteer_id_index"`);
    await queryRunner.query(`DROP TABLE "call_record"`);
    await queryRunner.query(`DROP INDEX "public"."claim_member_id_index"`);
    await queryRunner.query(`DROP INDEX "public"."claim_volunteer_id_index"`);
    await queryRunner.query(`DROP INDEX "public"."claim_call_list_id_index"`);
    await queryRunner.query(`DROP TABLE "claim"`);
    await queryRunner.query(`DROP INDEX "public"."call_queue_entry_list_member_unique"`);
    await queryRunner.query(`DROP INDEX "public"."call_queue_entry_due_index"`);
    await queryRunner.query(`DROP INDEX "public"."call_queue_entry_reserved_index"`);
    await queryRunner.query(`DROP INDEX "public"."call_queue_entry_member_id_index"`);
    await queryRunner.query(`DROP TABLE "call_queue_entry"`);
    await queryRunner.query(`DROP TYPE "public"."disposition"`);
    await queryRunner.query(`DROP TYPE "public"."call_queue_state"`);
    await queryRunner.query(`DROP INDEX "public"."call_list_volunteer_user_id_index"`);
    await queryRunner.query(`DROP TABLE "call_list_volunteer"`);
    await queryRunner.query(`DROP INDEX "public"."call_list_region_id_index"`);
    await queryRunner.query(`DROP TABLE "call_list"`);
    await queryRunner.query(`DROP TYPE "public"."call_list_status"`);
  }
}
