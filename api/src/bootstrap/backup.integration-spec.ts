import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { startTestApp, TestClient } from '../../test/test-app';
import {
  API_DIST,
  databaseUrl,
  freePort,
  SERVER_URL_VARIABLE,
  withClient,
} from '../../test/test-database';

const TOOLS = resolve(__dirname, '../../../tools/backup');

/** `npm run backup` / `npm run restore` after their build step, on the database `env` names. */
function runTool(tool: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  return promisify(execFile)(process.execPath, [join(TOOLS, `${tool}.cjs`), ...args], {
    env: { PATH: process.env.PATH, ...env },
  });
}

/** Every table of the app's schema with its row count and a digest of its rows. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname NOT IN ('migration', 'session')
        ORDER BY relname`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = (
        await client.query<{ n: number; digest: string | null }>(
          `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
        )
      ).rows;
      result[name] = `${row.n} ${row.digest}`;
    }
    return result;
  });
}

async function startServer(url: string): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [join(API_DIST, 'main.js')], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null || Date.now() > deadline)
      throw new Error(`The restored database's server did not start:\n${output}`);
    if (
      await fetch(`${baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((done) => {
        server.once('exit', () => done());
        server.kill('SIGTERM');
      }),
  };
}

describe('npm run backup and npm run restore', () => {
  it('back up a database in use and restore it into a new one, where the app finds everything', async () => {
    const serverUrl = process.env[SERVER_URL_VARIABLE] as string;
    const testApp = await startTestApp({ demo: true });
    const folder = join(mkdtempSync(join(tmpdir(), 'phonebank-backup-')), 'backup');
    const restoredName = `phonebank_restored_${process.pid}`;
    const restoredUrl = databaseUrl(serverUrl, restoredName);
    const dataDir = mkdtempSync(join(tmpdir(), 'phonebank-restore-data-'));
    try {
      // Something recorded beyond the demo: a member's opt-out, by the API.
      const [member] = await testApp.sql<{ id: string }>(
        `SELECT id FROM member ORDER BY membership_number LIMIT 1`,
      );
      await testApp.admin.client.ok(
        'mutation($id: ID!) { optOutMember(memberId: $id, reason: "asked not to be called") { id } }',
        { id: member.id },
      );
      const before = await contents(testApp.databaseUrl);
      expect(before.member).toMatch(/^3000 /);

      const backup = await runTool('backup', [folder], { DATABASE_URL: testApp.databaseUrl });
      expect(backup.stdout).toMatch(
        /^Backed up the database phonebank_test_\w+ at .* to .*: \d+ tables, \d+ rows, at migration \w+\.\n$/,
      );

      // Into a new, empty database: no schema at all.
      await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${restoredName}`));
      const restore = await runTool('restore', [folder], { DATABASE_URL: restoredUrl });
      expect(restore.stdout).toMatch(/^Restored .* into the database phonebank_restored_\d+ at /);
      expect(await contents(restoredUrl)).toEqual(before);

      // The app runs on it: the demo admin signs in and sees the election and the opt-out.
      const server = await startServer(restoredUrl);
      try {
        const admin = await new TestClient(server.baseUrl).signIn(
          'admin@phonebank.example',
          'phonebank-admin',
        );
        const { elections } = await admin.ok<{ elections: { name: string }[] }>(
          '{ elections { name } }',
        );
        expect(elections).toEqual([{ name: 'Momentum NCG 2022 (demo)' }]);
        // Sequences and triggers came back: a new user and a new call list can be made.
        await admin.ok(
          `mutation { createUser(input: { email: "after-restore@test.example", name: "After", role: VOLUNTEER, password: "after-restore-password", regionIds: [] }) { id } }`,
        );
      } finally {
        await server.stop();
      }

      // A database in use is never written over.
      await expect(
        runTool('restore', [folder], { DATABASE_URL: restoredUrl }),
      ).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/already holds Phonebank data \(\d+ rows in user\)/),
      });

      // The embedded PostgreSQL: restored into a new DATA_DIR, and backed up from it, each
      // starting it for the time of the work.
      const embedded = { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
      await runTool('restore', [folder], embedded);
      const again = join(dataDir, '..', `${folder.split('/').at(-2)}-again`);
      const second = await runTool('backup', [again], embedded);
      expect(second.stdout).toContain(
        `Backed up the embedded PostgreSQL with its data in ${dataDir}`,
      );
      const tables = (path: string) =>
        (
          JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8')) as {
            tables: { name: string; rows: number }[];
          }
        ).tables.map(({ name, rows }) => ({ name, rows }));
      expect(tables(again)).toEqual(tables(folder));
      rmSync(again, { recursive: true, force: true });
    } finally {
      await testApp.close();
      await withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`),
      );
      rmSync(resolve(folder, '..'), { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
