import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { startTestApp } from '../../test/test-app';
import { API_DIST, runApiScript } from '../../test/test-database';
import { until } from '../../test/until';

const SCHEMA_FILE = resolve(__dirname, '../../schema.gql');
const MIGRATIONS_COUNT = readdirSync(resolve(__dirname, '../database/migrations')).filter((file) =>
  /^\d+-.*\.ts$/.test(file),
).length;

describe('starting Phonebank', () => {
  it('stops at once with a message naming a wrong variable', async () => {
    const run = promisify(execFile)(process.execPath, [join(API_DIST, 'main.js')], {
      env: { PATH: process.env.PATH, PORT: 'eighty', DEMO_DATA: 'maybe' },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/PORT: .*\(got 'eighty'\)[\s\S]*DEMO_DATA/),
    });
  });

  it('answers /health once migrated, and loads no demo unless DEMO_DATA says so', async () => {
    const testApp = await startTestApp();
    try {
      const health = await fetch(`${testApp.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
      // Longer than a proxy's idle timeout, so the server never closes a connection first.
      const keepAlive = await new Promise<string>((resolve, reject) =>
        httpGet(`${testApp.baseUrl}/health`, (response) => {
          response.resume();
          resolve(String(response.headers['keep-alive']));
        }).on('error', reject),
      );
      expect(keepAlive).toBe('timeout=65');
      // Volunteers reconnecting together while the server is too busy to accept: the kernel
      // queues every one (a backlog of 4,096, not Node's 511), none is dropped to wait on
      // TCP's retry.
      testApp.signal('SIGSTOP');
      const port = Number(new URL(testApp.baseUrl).port);
      const crowd: Socket[] = [];
      try {
        let connected = 0;
        for (let i = 0; i < 1_000; i += 1)
          crowd.push(connect(port, '127.0.0.1', () => (connected += 1)).on('error', () => {}));
        await until(async () => connected === crowd.length, 'the crowd to be queued');
      } finally {
        for (const socket of crowd) socket.destroy();
        testApp.signal('SIGCONT');
      }
      expect(await testApp.sql('SELECT id FROM election')).toEqual([]);
    } finally {
      await testApp.close();
    }
  });

  it('with ADMIN_EMAIL and DEMO_DATA=1 on an empty database, creates the admin and loads the demo, and says so', async () => {
    const testApp = await startTestApp({ environment: { DEMO_DATA: '1' } });
    try {
      const messages = () =>
        testApp
          .log()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(messages()).toEqual(
        expect.arrayContaining([
          `Created the first admin, ${testApp.admin.email} (from ADMIN_EMAIL).`,
          expect.stringMatching(
            /^DEMO_DATA: loaded the demo election \(8 regions, 3000 invented members/,
          ),
        ]),
      );
      const [loaded] = await testApp.sql<{ elections: number; members: number; admins: string[] }>(
        `SELECT (SELECT count(*)::int FROM election) AS elections,
                (SELECT count(*)::int FROM member) AS members,
                (SELECT array_agg(email ORDER BY email) FROM "user" WHERE role = 'ADMIN') AS admins`,
      );
      expect(loaded).toEqual({
        elections: 1,
        members: 3000,
        admins: ['admin@phonebank.example', testApp.admin.email].sort(),
      });
      // The first admin sees the demo election, and the demo volunteer has a list to call.
      const { elections } = await testApp.admin.client.ok<{ elections: { name: string }[] }>(
        '{ elections { name } }',
      );
      expect(elections).toEqual([{ name: 'Momentum NCG 2022 (demo)' }]);
      expect(messages()).toContain(
        'Sign in as volunteer: volunteer@phonebank.example / phonebank-volunteer',
      );

      await testApp.restart();
      expect(messages()).toEqual(
        expect.arrayContaining([
          'ADMIN_EMAIL: the database has users already, so no admin was created.',
          'DEMO_DATA: an election exists already, so the demo was not loaded.',
        ]),
      );
      const [again] = await testApp.sql<{ elections: number; users: number }>(
        'SELECT (SELECT count(*)::int FROM election) AS elections, (SELECT count(*)::int FROM "user") AS users',
      );
      expect(again).toEqual({ elections: 1, users: 4 });
    } finally {
      await testApp.close();
    }
  });

  it('loads the NCG demo once on an empty database, and prints how to sign in', async () => {
    const testApp = await startTestApp({ demo: true });
    try {
      const { elections } = await testApp.admin.client.ok<{
        elections: {
          regions: {
            code: string;
            seats: number;
            minima: { tag: string; count: number }[];
            candidates: { tags: string[]; slate: { ours: boolean } | null }[];
          }[];
          slates: { ours: boolean }[];
        }[];
      }>(
        '{ elections { regions { code seats minima { tag count } candidates { tags slate { ours } } } slates { ours } } }',
      );
      expect(elections).toHaveLength(1);
      const [ncg] = elections;
      expect(ncg.regions.map((r) => [r.code, r.seats])).toEqual([
        ['LE', 6],
        ['MID', 4],
        ['NWNE', 5],
        ['SCO', 1],
        ['SE', 3],
        ['SW', 3],
        ['WAL', 1],
        ['YNI', 3],
      ]);
      expect(ncg.slates.filter((slate) => slate.ours)).toHaveLength(1);
      for (const region of ncg.regions) {
        expect(region.candidates.some((candidate) => candidate.slate?.ours)).toBe(true);
        for (const minimum of region.minima) {
          const tagged = region.candidates.filter((candidate) =>
            candidate.tags.includes(minimum.tag),
          ).length;
          expect({
            region: region.code,
            tag: minimum.tag,
            enough: tagged > minimum.count,
          }).toMatchObject({ enough: true });
        }
      }
      const [members] = await testApp.sql<{ n: number; outside: number }>(
        `SELECT count(*)::int AS n,
                count(*) FILTER (WHERE phone !~ '^\\+44(2079460|1134960|1214960|1314960|1414960|2920180|2896496|1184960|2380496|1174960|1614960|1914980|1144960)\\d{3}$')::int AS outside
           FROM member`,
      );
      expect(members).toEqual({ n: 3000, outside: 0 });
      expect(testApp.log()).toMatch(
        /Sign in as coordinator: coordinator@phonebank\.example \/ phonebank-coordinator/,
      );

      await testApp.restart();
      const [again] = await testApp.sql<{ elections: number; members: number }>(
        'SELECT (SELECT count(*)::int FROM election) AS elections, (SELECT count(*)::int FROM member) AS members',
      );
      expect(again).toEqual({ elections: 1, members: 3000 });
    } finally {
      await testApp.close();
    }
  });

  it('serves the schema committed in api/schema.gql (run `npm run schema` after changing the API)', async () => {
    const testApp = await startTestApp();
    try {
      const { stdout } = await runApiScript('emit-schema', testApp.databaseUrl);
      if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, stdout);
      expect(stdout).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    } finally {
      await testApp.close();
    }
  });

  it('has migrations that match the entities, and that roll back and forward again', async () => {
    const testApp = await startTestApp();
    try {
      await expect(runApiScript('check-migrations', testApp.databaseUrl)).resolves.toMatchObject({
        stdout: 'The entities match the migrations.\n',
      });
      await runApiScript('migrate', testApp.databaseUrl, ['revert', String(MIGRATIONS_COUNT)]);
      expect(
        await testApp.sql(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
        ),
      ).toEqual([]);
      await runApiScript('migrate', testApp.databaseUrl);
      await expect(runApiScript('check-migrations', testApp.databaseUrl)).resolves.toMatchObject({
        stdout: 'The entities match the migrations.\n',
      });
    } finally {
      await testApp.close();
    }
  });

  it('exits cleanly on SIGTERM', async () => {
    const testApp = await startTestApp();
    await testApp.close();
    // Two writers share stdout at exit, so the order of these lines is not guaranteed.
    expect(testApp.log()).toContain('SIGTERM: shutting down.');
    expect(testApp.log()).toContain('"msg":"Stopped."');
  });
});
