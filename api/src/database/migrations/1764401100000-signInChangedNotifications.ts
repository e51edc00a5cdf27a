import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a signed-in request's user is read from, and the column naming whose it is. */
const SIGN_IN_SOURCES = [
  // A session signed out (one, all of a user's, or by disabling them).
  { table: 'session', events: 'UPDATE OF revoked_at OR DELETE', userColumn: 'user_id' },
  // A user disabled, given another role, renamed.
  { table: 'user', events: 'UPDATE OF role, disabled_at, name, email OR DELETE', userColumn: 'id' },
  // A user's regions.
  { table: 'user_region', events: 'INSERT OR UPDATE OR DELETE', userColumn: 'user_id' },
  // A region renamed or given other seats: every signed-in user's regions, hence '*'.
  { table: 'region', events: 'UPDATE OR DELETE', userColumn: '*' },
];

/**
 * NOTIFY phonebank_sign_in_changed with the user's id (or '*' for everyone) whenever what a
 * signed-in request knows of its user changes, so every API process drops the sessions it
 * keeps in memory. Triggers, not service code, so no way of changing these rows is missed.
 */
export class SignInChangedNotifications1764401100000 implements MigrationInterface {
  name = 'SignInChangedNotifications1764401100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_sign_in_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('phonebank_sign_in_changed', COALESCE(
          to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END) ->> TG_ARGV[0], '*'));
        RETURN NULL;
      END $$`);
    for (const { table, events, userColumn } of SIGN_IN_SOURCES)
      await queryRunner.query(
        `CREATE TRIGGER ${table}_sign_in_changed AFTER ${events} ON "${table}"
         FOR EACH ROW EXECUTE FUNCTION notify_sign_in_changed('${userColumn}')`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of SIGN_IN_SOURCES)
      await queryRunner.query(`DROP TRIGGER ${table}_sign_in_changed ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION notify_sign_in_changed()`);
  }
}
