import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaning supporters' first preferences per candidate, from the pledges already recorded
 * (shard 0). Exported so tests and the tallies benchmark rebuild every tally as the
 * migrations do.
 */
export const BACKFILL_LEANING_FIRST_PREFERENCES_SQL = [
  `INSERT INTO candidate_tally (region_id, shard, measure, candidate_id, next_candidate_id, count)
   SELECT region_id, 0, 'LEANING_FIRST_PREFERENCE', ranking[1], NULL, count(*)
     FROM pledge WHERE is_latest AND region_id IS NOT NULL AND cardinality(ranking) > 0 AND status = 'LEANING'
    GROUP BY region_id, ranking[1]`,
];

/** pledge_tally_add as migration 1764400700000 made it, and with leaning first preferences. */
function pledgeTallyAdd(countLeaning: boolean): string {
  const leaning = countLeaning
    ? `
          ELSIF p.status = 'LEANING' THEN
            PERFORM candidate_tally_add(p.region_id, 'LEANING_FIRST_PREFERENCE', p.ranking[1], NULL, delta);`
    : '';
  return `
      CREATE OR REPLACE FUNCTION pledge_tally_add(p pledge, delta integer) RETURNS void LANGUAGE plpgsql AS $$
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
            PERFORM candidate_tally_add(p.region_id, 'FIRST_PREFERENCE', p.ranking[1], NULL, delta);${leaning}
          END IF;
        END IF;
        IF p.second_preference = 'AGREED' AND p.second_preference_candidate_id IS NOT NULL THEN
          PERFORM candidate_tally_add(p.region_id, 'SECOND_PREFERENCE_AGREED',
                                      p.second_preference_candidate_id, NULL, delta);
        END IF;
      END
      $$`;
}

/** The pledge triggers also count leaning supporters' first preferences per candidate. */
export class LeaningFirstPreferenceTallies1764401000000 implements MigrationInterface {
  name = 'LeaningFirstPreferenceTallies1764401000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(pledgeTallyAdd(true));
    for (const statement of BACKFILL_LEANING_FIRST_PREFERENCES_SQL)
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(pledgeTallyAdd(false));
    await queryRunner.query(
      `DELETE FROM candidate_tally WHERE measure = 'LEANING_FIRST_PREFERENCE'`,
    );
  }
}
