import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startTestApp, type TestApp } from '../../../test/test-app';
import { runApiScript } from '../../../test/test-database';
import { until } from '../../../test/until';
import { MAX_QUERY_COST, MAX_QUERY_FIELDS } from './query-cost';

const WEB_SOURCE = resolve(__dirname, '../../../../web/src');
// The same pattern the web build uses to find each document (web/build/graphql-documents.ts).
const GRAPHQL_CALL = /graphql\(\s*`([\s\S]*?)`\s*,?\s*\)/g;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every document the web client has: its modules' graphql/ folders and any inlined. */
function webDocuments(): string[] {
  return sourceFiles(WEB_SOURCE).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(GRAPHQL_CALL)].map(([, source]) => source),
  );
}

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

const MEMBERS_PAGE =
  'members(limit: 200) { total items { id membershipNumber firstName lastName postcode maskedPhone region { id code name } } }';

/** The peak resident memory of a process so far, in MiB (Linux keeps it in /proc). */
function peakMemoryMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`No VmHWM for process ${pid}`);
  return Number(match[1]) / 1024;
}

describe('the cost limit of a GraphQL operation', () => {
  it('admits every document the web client sends, at the largest page it may ask for', async () => {
    const app = await startTestApp();
    try {
      const file = join(tmpdir(), `phonebank-web-documents-${process.pid}.graphql`);
      const documents = webDocuments();
      expect(documents.length).toBeGreaterThan(50);
      writeFileSync(file, documents.join('\n'));
      const { stdout } = await runApiScript('query-costs', app.databaseUrl, [file]);
      const { limit, costs } = JSON.parse(stdout) as {
        limit: number;
        costs: { operation: string; cost: number; refused: boolean }[];
      };
      expect(limit).toBe(MAX_QUERY_COST);
      expect(costs.length).toBe(
        documents.filter((source) => !/^\s*fragment\b/.test(source)).length,
      );
      expect(costs.filter(({ refused }) => refused)).toEqual([]);
      // Not vacuous: the dearest of them costs something.
      expect(Math.max(...costs.map(({ cost }) => cost))).toBeGreaterThan(1_000);
    } finally {
      await app.close();
    }
  });

  describe('over HTTP', () => {
    let app: TestApp;
    let regionId: string;
    beforeAll(async () => {
      app = await startTestApp();
      const admin = app.admin.client;
      const { createElection } = await admin.ok<{ createElection: { id: string } }>(
        'mutation { createElection(input: { name: "Costs", rule: SCOTTISH }) { id } }',
      );
      const { createRegion } = await admin.ok<{ createRegion: { id: string } }>(
        'mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 6 }) { id } }',
        { id: createElection.id },
      );
      regionId = createRegion.id;
      // Enough members that a 200-member page is full.
      const rows = Array.from({ length: 250 }, (_, i) => `C${i},Member,Number ${i},,,LE`);
      const response = await fetch(
        `${app.baseUrl}/api/imports/members?electionId=${createElection.id}`,
        {
          method: 'POST',
          headers: { cookie: admin.cookie as string, 'content-type': 'text/csv' },
          body: ['membership_number,first_name,last_name,phone,postcode,region', ...rows].join(
            '\n',
          ),
        },
      );
      const { id } = (await response.json()) as { id: string };
      await until(async () => {
        const { memberImport } = await admin.ok<{ memberImport: { status: string } }>(
          'query($id: ID!) { memberImport(id: $id) { status } }',
          { id },
        );
        return memberImport.status === 'SUCCEEDED';
      }, 'the members to be imported');
    });
    afterAll(() => app.close());

    it('refuses 2,000 aliases of a 200-member page before running any, and the heap stays flat', async () => {
      // As the report had it: ~91 KB, under the server's 100 KB body limit.
      const body = aliased(2_000, 'members(limit:200){items{id firstName}}');
      expect(body.length).toBeGreaterThan(85_000);
      expect(body.length).toBeLessThan(100_000);
      // The members are there to be read: one page works.
      const page = await app.admin.client.ok<{ a0: { items: unknown[] } }>(
        aliased(1, MEMBERS_PAGE),
      );
      expect(page.a0.items).toHaveLength(200);
      const before = peakMemoryMiB(app.pid());
      const results = await Promise.all([
        app.admin.client.graphql(body),
        app.admin.client.graphql(body),
      ]);
      for (const result of results) {
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
        expect(result.errors?.[0]?.message).toContain(`the limit is ${MAX_QUERY_FIELDS}`);
      }
      expect(peakMemoryMiB(app.pid()) - before).toBeLessThan(40);
    });

    it('refuses fewer aliases of a page when together they cost too much, saying the cost and the limit', async () => {
      const error = await app.admin.client.fails(aliased(30, MEMBERS_PAGE));
      expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
      expect(error.message).toMatch(new RegExp(`cost \\d+ \\(the limit is ${MAX_QUERY_COST}\\)`));
    });

    it('refuses 50 aliases of a 2,000-simulation projection, and lets one through to the projection', async () => {
      const projection = `projection(regionId: "${regionId}", simulations: 2000) { quota elected { id } }`;
      const error = await app.admin.client.fails(aliased(50, projection));
      expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
      expect(error.extensions?.cost).toBeGreaterThan(MAX_QUERY_COST);
      // One passes the cost check and reaches the projection, which answers for itself (the
      // region has no candidates yet).
      const one = await app.admin.client.graphql(aliased(1, projection));
      expect(one.errors?.[0]).toMatchObject({
        path: ['a0'],
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('costs a page size given as a variable', async () => {
      const query = `query($limit: Int) { ${Array.from({ length: 70 }, (_, i) => `a${i}: members(limit: $limit) { items { id firstName lastName } }`).join(' ')} }`;
      expect((await app.admin.client.graphql(query, { limit: 1 })).errors).toBeUndefined();
      const error = await app.admin.client.fails(query, { limit: 200 });
      expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
    });
  });
});
