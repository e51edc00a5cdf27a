import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the tally tables from the calls and pledges already recorded (all in shard 0).
 * Exported so the tallies benchmark, which seeds its rows with triggers off, derives the
 * tallies exactly as this migration does.
 */
export const BACKFILL_TALLIES_SQL = [
  `INSERT INTO member_contact (member_id, first_called_at, first_reached_at)
   SELECT member_id, min(created_at), min(created_at) FILTER (WHERE disposition = 'ANSWERED')
     FROM call_record GROUP BY member_id`,
  `INSERT INTO region_tally (region_id, shard, members)
   SELECT region_id, 0, count(*) FILTER (WHERE NOT do_not_call AND erased_at IS NULL)
     FROM member WHERE region_id IS NOT NULL
    GROUP BY region_id`,
  // Counted in the region of the list the member was first called (and reached) from, as
  // the trigger does.
  `INSERT INTO region_tally AS t (region_id, shard, called, reached)
   SELECT l.region_id, 0, count(*) FILTER (WHERE f.first = 'called'),
          count(*) FILTER (WHERE f.first = 'reached')
     FROM ((SELECT DISTINCT ON (member_id) 'called' AS first, call_list_id
              FROM call_record ORDER BY member_id, created_at, id)
           UNION ALL
           (SELECT DISTINCT ON (member_id) 'reached', call_list_id
              FROM call_record WHERE disposition = 'ANSWERED' ORDER BY member_id, created_at, id)) f
     JOIN call_list l ON l.id = f.call_list_id
    GROUP BY l.region_id
   ON CONFLICT (region_id, shard) DO UPDATE SET called = excluded.called, reached = excluded.reached`,
  `INSERT INTO region_tally AS t (region_id, shard, pledged, leaning, undecided, against, not_voting,
                                  second_not_asked, second_agreed, second_declined, second_unsure,
                                  ballots_received, voted)
   SELECT region_id, 0,
          count(*) FILTER (WHERE status = 'PLEDGED'), count(*) FILTER (WHERE status = 'LEANING'),
          count(*) FILTER (WHERE status = 'UNDECIDED'), count(*) FILTER (WHERE status = 'AGAINST'),
          count(*) FILTER (WHERE status = 'NOT_VOTING'),
          count(*) FILTER (WHERE second_preference = 'NOT_ASKED'),
          count(*) FILTER (WHERE second_preference = 'AGREED'),
          count(*) FILTER (WHERE second_preference = 'DECLINED'),
          count(*) FILTER (WHERE second_preference = 'UNSURE'),
          count(*) FILTER (WHERE ballot_received), count(*) FILTER (WHERE voted)
     FROM pledge WHERE is_latest AND region_id IS NOT NULL
    GROUP BY region_id
   ON CONFLICT (region_id, shard) DO UPDATE
      SET pledged = excluded.pledged, leaning = excluded.leaning, undecided = excluded.undecided,
          against = excluded.against, not_voting = excluded.not_voting,
          second_not_asked = excluded.second_not_asked, second_agreed = excluded.second_agreed,
          second_declined = excluded.second_declined, second_unsure = excluded.second_unsure,
          ballots_received = excluded.ballots_received, voted = excluded.voted`,
  `INSERT INTO candidate_tally (region_id, shard, measure, candidate_id, next_candidate_id, count)
   SELECT region_id, 0, 'TRANSFER'::candidate_measure, ranking[1], ranking[2], count(*)
     FROM pledge WHERE is_latest AND region_id IS NOT NULL AND cardinality(ranking) > 0
    GROUP BY region_id, ranking[1], ranking[2]
   UNION ALL
   SELECT region_id, 0, 'FIRST_PREFERENCE', ranking[1], NULL, count(*)
     FROM pledge WHERE is_latest AND region_id IS NOT NULL AND cardinality(ranking) > 0 AND status = 'PLEDGED'
    GROUP BY region_id, ranking[1]
   UNION ALL
   SELECT region_id, 0, 'SECOND_PREFERENCE_AGREED', second_preference_candidate_id, NULL, count(*)
     FROM pledge WHERE is_latest AND region_id IS NOT NULL AND second_preference = 'AGREED'
                   AND second_preference_candidate_id IS NOT NULL
    GROUP BY region_id, second_preference_candidate_id`,
  `INSERT INTO region_day_activity (region_id, day, shard, calls, reached, pledged)
   SELECT l.region_id, (r.created_at AT TIME ZONE l.time_zone)::date, 0,
          count(*), count(*) FILTER (WHERE r.disposition = 'ANSWERED'), count(p.id)
     FROM call_record r
     JOIN call_list l ON l.id = r.call_list_id
     LEFT JOIN pledge p ON p.member_id = r.member_id AND p.created_at = r.created_at
                       AND p.recorded_by_id = r.volunteer_id AND p.status = 'PLEDGED'
    GROUP BY 1, 2`,
  `INSERT INTO region_volunteer_activity (region_id, volunteer_id, calls, reached, pledged, last_call_at)
   SELECT l.region_id, r.volunteer_id,
          count(*), count(*) FILTER (WHERE r.disposition = 'ANSWERED'), count(p.id), max(r.created_at)
     FROM call_record r
     JOIN call_list l ON l.id = r.call_list_id
     LEFT JOIN pledge p ON p.member_id = r.member_id AND p.created_at = r.created_at
                       AND p.recorded_by_id = r.volunteer_id AND p.status = 'PLEDGED'
    WHERE r.volunteer_id IS NOT NULL
    GROUP BY 1, 2`,
];

/**
 * Region tallies kept as they happen, so reading one costs a few hundred rows whatever the
 * number of members and calls. Triggers on call_record and pledge add each call and each
 * latest pledge (and take a replaced pledge away) in the recording transaction:
 * - member_contact: when a member was first called and first reached (set once);
 * - region_tally: members who may be called (kept by statement triggers on member, so an
 *   import adds its rows' counts once); members called and reached (in the region of the
 *   list they were first called, first reached from); latest pledges by status,
 *   second-preference answer and ballot (in the pledge's region); one row per region and
 *   shard;
 * - candidate_tally: per candidate, PLEDGED first preferences, agreed second preferences and
 *   transfers (first choice → next preference, null: none), per region and shard;
 * - region_day_activity: calls, answered calls and PLEDGED pledges per region, local day
 *   (of the call list) and shard;
 * - region_volunteer_activity: the same per region and volunteer (a volunteer records one
 *   call at a time, so needs no shards).
 * The shard is the recording connection's (pg_backend_pid() % 16): a connection runs one
 * transaction at a time, so concurrent callers do not queue on one counter row. Readers sum
 * the shards. Triggers also notify listeners that a region's (and a call list's) figures
 * moved, so every API replica can push them.
 */
export class RegionTallies1764400700000 implements MigrationInterface {
  name = 'RegionTallies1764400700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "member_contact" ("member_id" uuid NOT NULL, "first_called_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_reached_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7913c5ec61e7140b64353e5e04b" PRIMARY KEY ("member_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_tally" ("region_id" uuid NOT NULL, "shard" smallint NOT NULL, "members" integer NOT NULL DEFAULT '0', "called" integer NOT NULL DEFAULT '0', "reached" integer NOT NULL DEFAULT '0', "pledged" integer NOT NULL DEFAULT '0', "leaning" integer NOT NULL DEFAULT '0', "undecided" integer NOT NULL DEFAULT '0', "against" integer NOT NULL DEFAULT '0', "not_voting" integer NOT NULL DEFAULT '0', "second_not_asked" integer NOT NULL DEFAULT '0', "second_agreed" integer NOT NULL DEFAULT '0', "second_declined" integer NOT NULL DEFAULT '0', "second_unsure" integer NOT NULL DEFAULT '0', "ballots_received" integer NOT NULL DEFAULT '0', "voted" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6281b2c8f7a8dd506ab642277ed" PRIMARY KEY ("region_id", "shard"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."candidate_measure" AS ENUM('FIRST_PREFERENCE', 'SECOND_PREFERENCE_AGREED', 'TRANSFER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "candidate_tally" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "region_id" uuid NOT NULL, "shard" smallint NOT NULL, "measure" "public"."candidate_measure" NOT NULL, "candidate_id" uuid NOT NULL, "next_candidate_id" uuid, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_0eabb862d3d6a12190d96900c38" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "candidate_tally_key" ON "candidate_tally" ("region_id", "shard", "measure", "candidate_id", "next_candidate_id") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_day_activity" ("region_id" uuid NOT NULL, "day" date NOT NULL, "shard" smallint NOT NULL, "calls" integer NOT NULL DEFAULT '0', "reached" integer NOT NULL DEFAULT '0', "pledged" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_7c8e546340e45f0445c6855ca6f" PRIMARY KEY ("region_id", "day", "shard"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_volunteer_activity" ("region_id" uuid NOT NULL, "volunteer_id" uuid NOT NULL, "calls" integer NOT NULL DEFAULT '0', "reached" integer NOT NULL DEFAULT '0', "pledged" integer NOT NULL DEFAULT '0', "last_call_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_57f106382190508cb7b62ed989d" PRIMARY KEY ("region_id", "volunteer_id"))`,
    );
    // Room on each page for a counter row's next version, so its updates stay in the page.
    for (const table of [
      'region_tally',
      'candidate_tally',
      'region_day_activity',
      'region_volunteer_activity',
    ])
      await queryRunner.query(`ALTER TABLE "${table}" SET (fillfactor = 70)`);
    await queryRunner.query(
      `ALTER TABLE "member_contact" ADD CONSTRAINT "FK_7913c5ec61e7140b64353e5e04b" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_tally" ADD CONSTRAINT "FK_ad1d8a169c6cd5ff7d7ef99881f" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "candidate_tally" ADD CONSTRAINT "FK_e595e5f4d4500bcb956c6cfcf4f" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_day_activity" ADD CONSTRAINT "FK_197f0f8064e921d1a507123610f" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_volunteer_activity" ADD CONSTRAINT "FK_6f78b0b73a54f834705f9bafaef" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_volunteer_activity" ADD CONSTRAINT "FK_e51df8e1bac602e15bf0e614a04" FOREIGN KEY ("volunteer_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of BACKFILL_TALLIES_SQL) await queryRunner.query(statement);

    await queryRunner.query(`
      CREATE FUNCTION tally_shard() RETURNS smallint LANGUAGE sql STABLE AS $$
        SELECT (pg_backend_pid() % 16)::smallint
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION candidate_tally_add(region uuid, what candidate_measure, candidate uuid,
                                          next_candidate uuid, delta integer)
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO candidate_tally AS t (region_id, shard, measure, candidate_id, next_candidate_id, count)
        VALUES (region, tally_shard(), what, candidate, next_candidate, delta)
        ON CONFLICT (region_id, shard, measure, candidate_id, next_candidate_id)
        DO UPDATE SET count = t.count + excluded.count
      $$`);
    // Adds a latest pledge to its region's tallies (delta 1), or takes it away (-1).
    await queryRunner.query(`
      CREATE FUNCTION pledge_tally_add(p pledge, delta integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF p.region_id IS NULL THEN RETURN; END IF;
        INSERT INTO region_tally AS t (region_id, shard, pledged, leaning, undecided, against, not_voting,
                                       second_not_asked, second_agreed, second_declined, second_unsure,
                                       ballots_received, voted)
        VALUES (p.region_id, tally_shard(),
                delta * (p.status = 'PLEDGED')::int, delta * (p.status = 'LEANING')::int,
                delta * (p.status = 'UNDECIDED')::int, delta * (p.status = 'AGAINST')::int,
                delta * (p.status = 'NOT_VOTING')::int,
                delta * (p.second_preference = 'NOT_ASKED')::int, delta * (p.second_preference = 'AGREED')::int,
                delta * (p.second_preference = 'DECLINED')::int, delta * (p.second_preference = 'UNSURE')::int,
                delta * COALESCE(p.ballot_received, false)::int, delta * COALESCE(p.voted, false)::int)
        ON CONFLICT (region_id, shard) DO UPDATE
           SET pledged = t.pledged + excluded.pledged, leaning = t.leaning + excluded.leaning,
               undecided = t.undecided + excluded.undecided, against = t.against + excluded.against,
               not_voting = t.not_voting + excluded.not_voting,
               second_not_asked = t.second_not_asked + excluded.second_not_asked,
               second_agreed = t.second_agreed + excluded.second_agreed,
               second_declined = t.second_declined + excluded.second_declined,
               second_unsure = t.second_unsure + excluded.second_unsure,
               ballots_received = t.ballots_received + excluded.ballots_received,
               voted = t.voted + excluded.voted;
        IF cardinality(p.ranking) > 0 THEN
          PERFORM candidate_tally_add(p.region_id, 'TRANSFER', p.ranking[1], p.ranking[2], delta);
          IF p.status = 'PLEDGED' THEN
            PERFORM candidate_tally_add(p.region_id, 'FIRST_PREFERENCE', p.ranking[1], NULL, delta);
          END IF;
        END IF;
        IF p.second_preference = 'AGREED' AND p.second_preference_candidate_id IS NOT NULL THEN
          PERFORM candidate_tally_add(p.region_id, 'SECOND_PREFERENCE_AGREED',
                                      p.second_preference_candidate_id, NULL, delta);
        END IF;
      END
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION call_record_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        answered boolean := NEW.disposition = 'ANSWERED';
        first_call boolean;
        list_region uuid;
        list_zone text;
      BEGIN
        SELECT region_id, time_zone INTO list_region, list_zone FROM call_list WHERE id = NEW.call_list_id;
        INSERT INTO member_contact AS c (member_id, first_called_at, first_reached_at)
        VALUES (NEW.member_id, NEW.created_at, CASE WHEN answered THEN NEW.created_at END)
        ON CONFLICT (member_id) DO UPDATE SET first_reached_at = excluded.first_reached_at
         WHERE c.first_reached_at IS NULL AND excluded.first_reached_at IS NOT NULL
        RETURNING c.xmax = 0 INTO first_call;
        IF FOUND THEN
          -- A first call or a first answer: counted in the list's region.
          INSERT INTO region_tally AS t (region_id, shard, called, reached)
          VALUES (list_region, tally_shard(), first_call::int, answered::int)
          ON CONFLICT (region_id, shard) DO UPDATE
             SET called = t.called + excluded.called, reached = t.reached + excluded.reached;
        END IF;
        INSERT INTO region_day_activity AS a (region_id, day, shard, calls, reached)
        VALUES (list_region, (NEW.created_at AT TIME ZONE list_zone)::date, tally_shard(), 1, answered::int)
        ON CONFLICT (region_id, day, shard) DO UPDATE
           SET calls = a.calls + 1, reached = a.reached + excluded.reached;
        IF NEW.volunteer_id IS NOT NULL THEN
          INSERT INTO region_volunteer_activity AS v (region_id, volunteer_id, calls, reached, last_call_at)
          VALUES (list_region, NEW.volunteer_id, 1, answered::int, NEW.created_at)
          ON CONFLICT (region_id, volunteer_id) DO UPDATE
             SET calls = v.calls + 1, reached = v.reached + excluded.reached,
                 last_call_at = greatest(v.last_call_at, excluded.last_call_at);
        END IF;
        PERFORM pg_notify('phonebank_region_activity', list_region::text);
        PERFORM pg_notify('phonebank_call_list_activity', NEW.call_list_id::text);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER call_record_tally AFTER INSERT ON call_record
        FOR EACH ROW EXECUTE FUNCTION call_record_tally()`);

    // A pledge taken on a call carries that call's member, volunteer and time
    // (CallOutcomesService): a PLEDGED one counts on the call's day and volunteer.
    await queryRunner.query(`
      CREATE FUNCTION pledge_insert_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        call record;
      BEGIN
        IF NEW.is_latest THEN PERFORM pledge_tally_add(NEW, 1); END IF;
        IF NEW.status = 'PLEDGED' AND NEW.recorded_by_id IS NOT NULL THEN
          SELECT l.region_id, (r.created_at AT TIME ZONE l.time_zone)::date AS day INTO call
            FROM call_record r JOIN call_list l ON l.id = r.call_list_id
           WHERE r.member_id = NEW.member_id AND r.created_at = NEW.created_at
             AND r.volunteer_id = NEW.recorded_by_id;
          IF FOUND THEN
            INSERT INTO region_day_activity AS a (region_id, day, shard, pledged)
            VALUES (call.region_id, call.day, tally_shard(), 1)
            ON CONFLICT (region_id, day, shard) DO UPDATE SET pledged = a.pledged + 1;
            -- The call's trigger made this row.
            UPDATE region_volunteer_activity SET pledged = pledged + 1
             WHERE region_id = call.region_id AND volunteer_id = NEW.recorded_by_id;
          END IF;
        END IF;
        IF NEW.region_id IS NOT NULL THEN
          PERFORM pg_notify('phonebank_region_activity', NEW.region_id::text);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER pledge_insert_tally AFTER INSERT ON pledge
        FOR EACH ROW EXECUTE FUNCTION pledge_insert_tally()`);
    // A newer pledge replaces the latest one; a deleted candidate clears the second-preference
    // candidate. Not while the region itself is being deleted (its tallies go with it).
    await queryRunner.query(`
      CREATE FUNCTION pledge_update_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM region WHERE id = OLD.region_id) THEN RETURN NULL; END IF;
        IF OLD.is_latest THEN PERFORM pledge_tally_add(OLD, -1); END IF;
        IF NEW.is_latest THEN PERFORM pledge_tally_add(NEW, 1); END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER pledge_update_tally AFTER UPDATE OF is_latest, second_preference_candidate_id ON pledge
        FOR EACH ROW WHEN (OLD.is_latest OR NEW.is_latest)
        EXECUTE FUNCTION pledge_update_tally()`);
    // Members who may be called (in a region, not opted out, not erased), per statement: an
    // import's one merge adds each region's count once. Regions are taken in order, so two
    // statements never wait on each other's rows crosswise; one being deleted is skipped
    // (its tallies go with it).
    await queryRunner.query(`
      CREATE FUNCTION region_members_add(regions uuid[], deltas bigint[]) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO region_tally AS t (region_id, shard, members)
        SELECT region_id, tally_shard(), delta FROM unnest(regions, deltas) AS d(region_id, delta)
         WHERE delta <> 0 AND EXISTS (SELECT 1 FROM region r WHERE r.id = d.region_id)
         ORDER BY region_id
        ON CONFLICT (region_id, shard) DO UPDATE SET members = t.members + excluded.members
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION member_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM region_members_add(array_agg(region_id), array_agg(n))
             FROM (SELECT region_id, count(*) AS n FROM new_rows
                    WHERE NOT do_not_call AND erased_at IS NULL GROUP BY region_id) added;
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM region_members_add(array_agg(region_id), array_agg(n))
             FROM (SELECT region_id, sum(delta) AS n
                     FROM (SELECT region_id, 1 AS delta FROM new_rows
                            WHERE NOT do_not_call AND erased_at IS NULL
                           UNION ALL
                           SELECT region_id, -1 FROM old_rows
                            WHERE NOT do_not_call AND erased_at IS NULL) moved
                    GROUP BY region_id) changed;
        ELSE
          PERFORM region_members_add(array_agg(region_id), array_agg(-n))
             FROM (SELECT region_id, count(*) AS n FROM old_rows
                    WHERE NOT do_not_call AND erased_at IS NULL GROUP BY region_id) gone;
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_insert_tally AFTER INSERT ON member
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_tally()`);
    await queryRunner.query(`
      CREATE TRIGGER member_update_tally AFTER UPDATE ON member
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION member_tally()`);
    await queryRunner.query(`
      CREATE TRIGGER member_delete_tally AFTER DELETE ON member
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_tally()`);
    // An opt-out or erasure takes a member out of the region's callable members.
    await queryRunner.query(`
      CREATE FUNCTION member_opt_out_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.region_id IS NOT NULL THEN
          PERFORM pg_notify('phonebank_region_activity', NEW.region_id::text);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER member_opt_out_tally AFTER UPDATE OF do_not_call ON member
        FOR EACH ROW WHEN (NEW.do_not_call AND NOT OLD.do_not_call)
        EXECUTE FUNCTION member_opt_out_tally()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER member_delete_tally ON member`);
    await queryRunner.query(`DROP TRIGGER member_update_tally ON member`);
    await queryRunner.query(`DROP TRIGGER member_insert_tally ON member`);
    await queryRunner.query(`DROP FUNCTION member_tally()`);
    await queryRunner.query(`DROP FUNCTION region_members_add(uuid[], bigint[])`);
    await queryRunner.query(`DROP TRIGGER member_opt_out_tally ON member`);
    await queryRunner.query(`DROP FUNCTION member_opt_out_tally()`);
    await queryRunner.query(`DROP TRIGGER pledge_update_tally ON pledge`);
    await queryRunner.query(`DROP FUNCTION pledge_update_tally()`);
    await queryRunner.query(`DROP TRIGGER pledge_insert_tally ON pledge`);
    await queryRunner.query(`DROP FUNCTION pledge_insert_tally()`);
    await queryRunner.query(`DROP TRIGGER call_record_tally ON call_record`);
    await queryRunner.query(`DROP FUNCTION call_record_tally()`);
    await queryRunner.query(`DROP FUNCTION pledge_tally_add(pledge, integer)`);
    await queryRunner.query(
      `DROP FUNCTION candidate_tally_add(uuid, candidate_measure, uuid, uuid, integer)`,
    );
    await queryRunner.query(`DROP FUNCTION tally_shard()`);
    await queryRunner.query(`DROP TABLE "region_volunteer_activity"`);
    await queryRunner.query(`DROP TABLE "region_day_activity"`);
    await queryRunner.query(`DROP TABLE "candidate_tally"`);
    await queryRunner.query(`DROP TYPE "public"."candidate_measure"`);
    await queryRunner.query(`DROP TABLE "region_tally"`);
    await queryRunner.query(`DROP TABLE "member_contact"`);
  }
}
