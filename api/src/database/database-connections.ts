import { Logger } from '@nestjs/common';
import pg, { type ClientConfig, type PoolConfig } from 'pg';

const logger = new Logger('Database');

function describe(error: Error): string {
  return error.message || String(error);
}

/**
 * A pg pool whose every connection, idle or checked out, has an 'error' listener from the
 * moment it is made. pg emits 'error' on a client whose server went away (a restart, a
 * failover, pg_terminate_backend); the pool listens only while the client is idle, so a
 * client checked out between two queries emitted it unheard, and Node ends the process on
 * an unheard 'error'. Here the client only warns: the query it was running fails on its
 * own, and the pool drops the client when it is released (pg-pool releases a client that
 * is no longer queryable by destroying it), so the next checkout opens a new connection.
 * Every pool the API makes is one of these: this module is the only one that may import
 * pg's Pool and Client (eslint's no-restricted-imports says so), and TypeORM makes its pool
 * through TYPEORM_PG_DRIVER.
 */
export class DatabasePool extends pg.Pool {
  constructor(config: PoolConfig) {
    super(config);
    const who = config.application_name ?? 'phonebank';
    this.on('connect', (client) => {
      client.on('error', (error) =>
        logger.warn(`${who}: a connection was lost: ${describe(error)}`),
      );
    });
    // An idle connection the server cut: the pool drops it and opens another when needed.
    this.on('error', (error) =>
      logger.warn(`${who}: an idle connection was lost: ${describe(error)}`),
    );
  }
}

/**
 * pg as TypeORM's driver (its `driver` option), with DatabasePool for its pool: TypeORM
 * attaches listeners to the connections its QueryRunners hold, but not to one taken straight
 * from its pool (runPrepared, the exports' COPY).
 */
export const TYPEORM_PG_DRIVER = { ...pg, Pool: DatabasePool };

/**
 * A connection of its own (not pooled), for a LISTEN that must stay on one connection.
 * `onError` is required: it is where the owner learns the connection died and reconnects.
 */
export function databaseClient(config: ClientConfig, onError: (error: Error) => void): pg.Client {
  const client = new pg.Client(config);
  client.on('error', onError);
  return client;
}
