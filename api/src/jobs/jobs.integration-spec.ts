import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { Client } from 'pg';

import {
  createTestDatabase,
  dropTestDatabase,
  SERVER_URL_VARIABLE,
} from '../../test/test-database';
import { until } from '../../test/until';

const QUEUE = 'held-fetch';

/** A process with the API's job queue alone (test/jobs-process.cjs), and what it said. */
class JobsProcess {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<unknown>;

  constructor(databaseUrl: string) {
    this.child = spawn(process.execPath, [join(__dirname, '../../test/jobs-process.cjs'), QUEUE], {
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.exited = new Promise((done) => this.child.once('exit', done));
    let pending = '';
    this.child.stdout?.on('data', (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      this.lines.push(...parts);
    });
  }

  async said(line: string): Promise<void> {
    await until(async () => this.lines.includes(line), `the jobs process saying "${line}"`);
  }

  tell(command: string): void {
    this.child.stdin?.write(`${command}\n`);
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

describe('a job fetched while its process stops', () => {
  const serverUrl = process.env[SERVER_URL_VARIABLE] as string;
  const databaseName = `phonebank_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let databaseUrl: string;
  let observer: Client;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase(serverUrl, databaseName);
    observer = new Client({ connectionString: databaseUrl });
    await observer.connect();
  });
  afterAll(async () => {
    await observer.end();
    await dropTestDatabase(serverUrl, databaseName);
  });

  it('goes back to the queue at once, and the next process does it', async () => {
    const stopping = new JobsProcess(databaseUrl);
    await stopping.said('ready');
    stopping.tell('send');
    await stopping.said('sent');

    // Hold the job table, so that the worker's first fetch waits inside PostgreSQL; stop
    // the process while it waits: the fetch comes back with the job after the stop began.
    const locker = new Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE pgboss.job IN EXCLUSIVE MODE');
    stopping.tell('work');
    await until(async () => {
      const { rows } = await observer.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE application_name = 'phonebank-jobs' AND wait_event_type = 'Lock'
            AND query LIKE '%SKIP LOCKED%'`,
      );
      return rows.length > 0;
    }, 'the worker fetching behind the lock');
    const stopped = stopping.stop();
    await new Promise((done) => setTimeout(done, 300));
    await locker.query('COMMIT');
    await locker.end();
    await stopped;

    expect(stopping.lines).toContain('stopped');
    expect(stopping.lines.filter((line) => line.startsWith('did'))).toEqual([]);
    const { rows } = await observer.query<{ state: string }>(
      'SELECT state FROM pgboss.job WHERE name = $1',
      [QUEUE],
    );
    expect(rows).toEqual([{ state: 'retry' }]);

    const next = new JobsProcess(databaseUrl);
    try {
      await next.said('ready');
      next.tell('work');
      await next.said('did {"sent":true}');
    } finally {
      await next.stop();
    }
  });
});
