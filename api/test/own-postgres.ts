import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { createTemplateDatabase, freePort } from './test-database';

/** A PostgreSQL server of the test's own, with its template database, that the test may crash. */
export interface OwnPostgres {
  url: string;
  /** As `pg_ctl -m immediate stop`: every connection cut, no checkpoint. */
  stopImmediately(): Promise<void>;
  /** Starts it again (crash recovery first); resolves once it accepts connections. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Starts test/postgres-process.cjs on a fresh data folder and a free port. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'phonebank-own-pg-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(__dirname, 'postgres-process.cjs'), dataDir, String(await freePort())],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      child.once('exit', (code) => reject(new Error(`The PostgreSQL process exited with ${code}`)));
    });
  const command = async (what: string, answer: string) => {
    const said = next();
    child.stdin!.write(`${what}\n`);
    if ((await said) !== answer) throw new Error(`PostgreSQL did not ${what}`);
  };
  const ready = await next();
  const url = ready.replace(/^ready /, '');
  await createTemplateDatabase(url);
  return {
    url,
    stopImmediately: () => command('stop-immediately', 'stopped'),
    start: () => command('start', 'started'),
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
