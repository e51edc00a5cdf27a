// Export benchmark (`npm run bench -- export`, or `node tools/bench/export.mjs [rows]` after
// `npx nx run api:build`): 1,000,000 members in a fresh embedded PostgreSQL, downloaded through
// GET /api/exports/members.csv, against `COPY (the same SELECT) TO STDOUT` straight from the
// database, and against a COPY of the stored columns as they are (no labels, no local times,
// no formula guard: what the export cost before its cells were made spreadsheet-safe). Prints
// the times, the ratio to the plain COPY (goal ≤ 2.0), rows/s, the API's peak RSS (goal
// < 200 MB) and the machine. Not a test: it asserts nothing, it measures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { apiDist, machine, require, startApi } from './_api.mjs';

const { Client } = require('pg');
const { to: copyTo } = require('pg-copy-streams');
const { membersExportSelect } = require(join(apiDist, 'exports', 'export-queries.js'));
const { copyCsvStatement } = require(join(apiDist, 'common', 'csv', 'csv-select.js'));

const ROWS = Number(process.argv[2] ?? process.env.BENCH_ROWS ?? 1_000_000);
const REGIONS = 12;

const kib = (pid, field) => {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
    new RegExp(`${field}:\\s+(\\d+) kB`),
  );
  return match ? Number(match[1]) : NaN;
};
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Counts bytes and lines of a stream without keeping them. */
function counter() {
  const counted = { bytes: 0, lines: 0 };
  const sink = new Writable({
    write(chunk, _encoding, done) {
      counted.bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) counted.lines += 1;
      done();
    },
  });
  return { counted, sink };
}

async function main() {
  const api = await startApi('export');
  const { server, databaseUrl, graphql, base } = api;
  const cookie = graphql.cookie();
  try {
    const { createElection } = await graphql(
      'mutation { createElection(input: { name: "Export benchmark", rule: SCOTTISH }) { id } }',
    );
    const electionId = createElection.id;
    for (let i = 0; i < REGIONS; i += 1) {
      await graphql('mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }', {
        input: { electionId, code: `R${i}`, name: `Region ${i}`, seats: 5 },
      });
    }

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const inserting = Date.now();
    await db.query(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, email, postcode, region_id, do_not_call, opted_out_at)
       SELECT $1, 'M' || lpad(i::text, 8, '0'), 'First' || (i % 5000), 'Last-' || md5(i::text),
              '+447' || lpad((700000000 + i)::text, 9, '0'), 'MOBILE', 'member' || i || '@example.org',
              (ARRAY['SW1A','N1','E1','EH1','M1','B1','LS1','G1'])[1 + i % 8] || ' ' || (i % 9) || 'AB',
              regions.ids[1 + i % array_length(regions.ids, 1)], i % 50 = 0, CASE WHEN i % 50 = 0 THEN now() END
         FROM generate_series(1, $2::int) AS i,
              (SELECT array_agg(id ORDER BY code) AS ids FROM region WHERE election_id = $1) AS regions`,
      [electionId, ROWS],
    );
    // One member in ten has a pledge (the members export shows its status and first
    // preference). The tally triggers are skipped: they cost the insert, not the export.
    await db.query(
      `INSERT INTO candidate (region_id, name) SELECT id, 'Candidate ' || code FROM region WHERE election_id = $1`,
      [electionId],
    );
    await db.query(`SET session_replication_role = replica`);
    await db.query(
      `INSERT INTO pledge (member_id, election_id, region_id, status, ranking, recorded_by_id)
       SELECT m.id, m.election_id, m.region_id, 'PLEDGED', ARRAY[c.id], NULL
         FROM member m JOIN candidate c ON c.region_id = m.region_id
        WHERE m.election_id = $1 AND m.membership_number LIKE '%0'`,
      [electionId],
    );
    await db.query(`SET session_replication_role = DEFAULT`);
    await db.query('VACUUM ANALYZE member');
    await db.query('VACUUM ANALYZE pledge');
    const insertMs = Date.now() - inserting;
    const {
      rows: [{ pledges }],
    } = await db.query('SELECT count(*)::int AS pledges FROM pledge');

    if (process.env.BENCH_EXPLAIN) {
      // How the members list's search runs at this size (the indexes of migration 1764400200000).
      const searches = {
        name: [`(m.first_name || ' ' || m.last_name) ILIKE $1`, '%last-c4ca%'],
        membership: ['m.membership_number LIKE $1', 'M0001234%'],
        phone: ['m.phone LIKE $1', '+4477000012%'],
        postcode: [`replace(upper(m.postcode), ' ', '') LIKE $1`, 'EH14%'],
      };
      for (const [name, [condition, value]] of Object.entries(searches)) {
        const { rows: plan } = await db.query(
          `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM member m WHERE ${condition}`,
          [value],
        );
        process.stdout.write(
          `EXPLAIN ${name}:\n${plan.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}\n`,
        );
      }
      const { rows: plan } = await db.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) SELECT count(*) FROM member m WHERE m.election_id = $1 AND ((m.first_name || ' ' || m.last_name) ILIKE $2 OR m.membership_number LIKE $3 OR m.phone LIKE $4 OR replace(upper(m.postcode), ' ', '') LIKE $5)`,
        [electionId, '%0001234%', '0001234%', '+440001234%', '0001234%'],
      );
      process.stdout.write(
        `EXPLAIN all branches (as the list runs them):\n${plan.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}\n`,
      );
    }

    const rssBefore = kib(server.pid, 'VmRSS');
    const hwmBefore = kib(server.pid, 'VmHWM');
    // Through the API, as a browser downloads it.
    const apiStart = process.hrtime.bigint();
    const response = await fetch(`${base}/api/exports/members.csv?electionId=${electionId}`, {
      headers: { cookie },
    });
    if (!response.ok)
      throw new Error(`Export answered ${response.status}: ${await response.text()}`);
    const api = counter();
    let exportPeak = kib(server.pid, 'VmRSS');
    const sampler = setInterval(() => {
      exportPeak = Math.max(exportPeak, kib(server.pid, 'VmRSS'));
    }, 20);
    await pipeline(response.body, api.sink).finally(() => clearInterval(sampler));
    const apiMs = Number(process.hrtime.bigint() - apiStart) / 1e6;
    const rowCountHeader = Number(response.headers.get('x-row-count'));
    const hwmAfter = kib(server.pid, 'VmHWM');

    // Straight from the database: the same SELECT through COPY TO STDOUT.
    const select = membersExportSelect({ electionId: db.escapeLiteral(electionId) });
    const copyStart = process.hrtime.bigint();
    const direct = counter();
    await pipeline(db.query(copyTo(copyCsvStatement(select))), direct.sink);
    const copyMs = Number(process.hrtime.bigint() - copyStart) / 1e6;

    // The same rows' stored columns, as plain COPY writes them.
    const plainSelect = `SELECT m.membership_number, m.first_name, m.last_name, m.phone, m.phone_type, m.email,
        m.postcode, r.code AS region, m.do_not_call, m.opted_out_at, m.opt_out_reason
      FROM member m LEFT JOIN region r ON r.id = m.region_id
      WHERE m.erased_at IS NULL AND m.election_id = ${db.escapeLiteral(electionId)}::uuid`;
    const plainStart = process.hrtime.bigint();
    const plain = counter();
    await pipeline(
      db.query(copyTo(`COPY (${plainSelect}) TO STDOUT WITH (FORMAT csv, HEADER)`)),
      plain.sink,
    );
    const plainMs = Number(process.hrtime.bigint() - plainStart) / 1e6;
    const {
      rows: [{ server_version: pgVersion }],
    } = await db.query('SHOW server_version');
    await db.end();

    const rows = api.counted.lines - 1;
    const ratio = apiMs / plainMs;
    const BOM_BYTES = 3;
    const out = [
      `Export benchmark: ${ROWS.toLocaleString('en-GB')} members, ${pledges.toLocaleString('en-GB')} with a pledge (inserted and analysed in ${seconds(insertMs)})`,
      `  API  GET /api/exports/members.csv  ${seconds(apiMs)}  ${rows.toLocaleString('en-GB')} rows (X-Row-Count ${rowCountHeader.toLocaleString('en-GB')}), ${(api.counted.bytes / 1048576).toFixed(0)} MiB, ${Math.round(rows / (apiMs / 1000)).toLocaleString('en-GB')} rows/s`,
      `  COPY (same SELECT) TO STDOUT      ${seconds(copyMs)}  ${(direct.counted.lines - 1).toLocaleString('en-GB')} rows, ${(direct.counted.bytes / 1048576).toFixed(0)} MiB, ${Math.round((direct.counted.lines - 1) / (copyMs / 1000)).toLocaleString('en-GB')} rows/s`,
      `  COPY (stored columns) TO STDOUT   ${seconds(plainMs)}  ${(plain.counted.lines - 1).toLocaleString('en-GB')} rows, ${(plain.counted.bytes / 1048576).toFixed(0)} MiB, ${Math.round((plain.counted.lines - 1) / (plainMs / 1000)).toLocaleString('en-GB')} rows/s`,
      `  ratio API / plain COPY            ${ratio.toFixed(2)}  (goal ≤ 2.0: ${ratio <= 2 ? 'met' : 'NOT met'}); API / same-SELECT COPY ${(apiMs / copyMs).toFixed(2)}`,
      `  API peak RSS (VmHWM)              ${mb(hwmAfter)}  (goal < 200 MB: ${hwmAfter < 200 * 1024 ? 'met' : 'NOT met'}); highest RSS sampled during the export ${mb(exportPeak)}; before it: RSS ${mb(rssBefore)}, peak ${mb(hwmBefore)}`,
      `  same bytes as the same-SELECT COPY, after the BOM  ${api.counted.bytes === direct.counted.bytes + BOM_BYTES ? 'yes' : `no (${api.counted.bytes} vs ${direct.counted.bytes} + ${BOM_BYTES})`}`,
      machine(pgVersion),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
