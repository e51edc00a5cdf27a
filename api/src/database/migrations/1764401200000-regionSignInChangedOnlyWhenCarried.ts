import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The region's columns a signed-in request carries with its user (session.service.ts). */
const CARRIED = ['election_id', 'code', 'name', 'seats', 'minima'];

const row = (alias: 'OLD' | 'NEW') =>
  `(${CARRIED.map((column) => `${alias}.${column}`).join(', ')})`;

/**
 * A region's update tells every API process to forget the sessions it keeps only when it
 * changes what those sessions carry of the region. Before, any update did: a coordinator
 * saving a first-preference split or projection assumptions made every process read every
 * signed-in user again.
 */
export class RegionSignInChangedOnlyWhenCarried1764401200000 implements MigrationInterface {
  name = 'RegionSignInChangedOnlyWhenCarried1764401200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER region_sign_in_changed ON region`);
    await queryRunner.query(
      `CREATE TRIGGER region_sign_in_changed AFTER DELETE ON region
       FOR EACH ROW EXECUTE FUNCTION notify_sign_in_changed('*')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER region_sign_in_changed_on_update AFTER UPDATE ON region
       FOR EACH ROW WHEN (${row('OLD')} IS DISTINCT FROM ${row('NEW')})
       EXECUTE FUNCTION notify_sign_in_changed('*')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER region_sign_in_changed_on_update ON region`);
    await queryRunner.query(`DROP TRIGGER region_sign_in_changed ON region`);
    await queryRunner.query(
      `CREATE TRIGGER region_sign_in_changed AFTER UPDATE OR DELETE ON region
       FOR EACH ROW EXECUTE FUNCTION notify_sign_in_changed('*')`,
    );
  }
}
