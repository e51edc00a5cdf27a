import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { type RunningPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres';

export const TEMPLATE_DATABASE = 'phonebank_test_template';
export const SERVER_URL_VARIABLE = 'PHONEBANK_TEST_SERVER_URL';
export const API_DIST = resolve(__dirname, '../../dist/api');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? done(address.port)
          : fail(new Error('no free port')),
      );
    });
  });
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A PostgreSQL server for the tests: DATABASE_URL's when set, else a throwaway embedded one. */
export async function startTestServer(): Promise<RunningPostgres & { cleanup: () => void }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => undefined, cleanup: () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'phonebank-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return { ...server, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs one of the API's maintenance scripts (built under dist/api/scripts) on a database. */
export async function runApiScript(script: string, url: string, args: string[] = []) {
  return promisify(execFile)(
    process.execPath,
    [join(API_DIST, 'scripts', `${script}.js`), ...args],
    {
      env: { ...process.env, DATABASE_URL: url },
    },
  );
}

/** Creates the template database every test file copies, with all migrations run. */
export async function createTemplateDatabase(serverUrl: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await runApiScript('migrate', databaseUrl(serverUrl, TEMPLATE_DATABASE));
}

/** A fresh, migrated database for one test app. */
export async function createTestDatabase(serverUrl: string, name: string): Promise<string> {
  await withClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`),
  );
  return databaseUrl(serverUrl, name);
}

export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}
