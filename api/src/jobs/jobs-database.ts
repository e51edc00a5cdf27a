import type { QueryResult } from 'pg';

import { DatabasePool } from '../database/database-connections';

/**
 * pg-boss's connection to PostgreSQL, owned by us rather than by pg-boss so that the
 * shutdown can wait for the statements pg-boss has in flight. pg-boss closes its own pool
 * as soon as it stops, while a fetch that began before the stop may still come back with
 * a job that then could be neither finished nor handed back.
 */
export class JobsDatabase {
  private readonly pool: DatabasePool;
  private running = 0;
  private closed = false;

  constructor(connectionString: string) {
    this.pool = new DatabasePool({ connectionString, max: 2, application_name: 'phonebank-jobs' });
  }

  /**
   * What pg-boss calls for every statement it runs. Once closed, nothing runs (as with
   * pg-boss's own pool): a job a handler still finishes after the shutdown stays active
   * until it expires, and is then tried again.
   */
  async executeSql(text: string, values?: unknown[]): Promise<QueryResult | undefined> {
    if (this.closed) return undefined;
    this.running += 1;
    try {
      return await this.pool.query(text, values);
    } finally {
      this.running -= 1;
    }
  }

  /**
   * Resolves once no statement has been running for a whole turn of the event loop. pg-boss
   * hands a fetched job back (fails it) in the same chain of promises that ends the fetch,
   * so a statement is always running somewhere between the two: a timer never sees the gap.
   */
  async settled(pollMs = 20): Promise<void> {
    while (this.running > 0) await new Promise((done) => setTimeout(done, pollMs));
  }

  close(): Promise<void> {
    this.closed = true;
    return this.pool.end();
  }
}
