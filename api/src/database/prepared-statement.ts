import type { PoolClient, QueryResultRow } from 'pg';
import { type EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import type { DatabasePool } from './database-connections';

/**
 * A statement PostgreSQL parses and plans once per connection, then only runs: a named
 * prepared statement. For the statements every call runs (claim-statements.ts), planning
 * each time was a third of their time in the database.
 */
export interface PreparedStatement {
  /** Unique among the process's prepared statements (prepared() refuses a name twice). */
  readonly name: string;
  readonly text: string;
}

/** The text of each statement named so far: pg keys a connection's statements by name. */
const textsByName = new Map<string, string>();

/**
 * A prepared statement named `name`. Two different statements under one name would make pg
 * run whichever a connection prepared first under both: refused as the module loads.
 */
export function prepared(name: string, text: string): PreparedStatement {
  const taken = textsByName.get(name);
  if (taken !== undefined && taken !== text)
    throw new Error(`The prepared statement name "${name}" is already taken by another statement.`);
  textsByName.set(name, text);
  return Object.freeze({ name, text });
}

/**
 * Runs `statement` with `values` on the connection of `on`'s transaction, or outside any on
 * a connection borrowed for it alone from TypeORM's pool or from the pool `on` names (no
 * QueryRunner: the queue's statements mostly run so, and a QueryRunner per statement was
 * CPU for nothing), straight through pg: TypeORM's query() cannot name a statement. A
 * failure comes as TypeORM's QueryFailedError all the same, so it reaches clients as that
 * of any other query does.
 */
export async function runPrepared<Row extends QueryResultRow>(
  on: EntityManager | DatabasePool,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> {
  const run = (client: PoolClient) =>
    client
      .query<Row>({ name: statement.name, text: statement.text, values })
      .then(({ rows }) => rows)
      .catch((error: Error) => {
        throw new QueryFailedError(statement.text, values, error);
      });
  // A connection that cannot be had fails as TypeORM's own queries do; only the
  // statement's failure is a QueryFailedError.
  let client: PoolClient;
  let release: () => void;
  if (!('connection' in on)) {
    client = await on.connect();
    release = () => client.release();
  } else if (on.queryRunner) {
    return run((await on.queryRunner.connect()) as PoolClient);
  } else {
    const driver = on.connection.driver as PostgresDriver;
    [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, () => void];
  }
  try {
    return await run(client);
  } finally {
    release();
  }
}
