// The member import benchmark: a deterministic 1,000,000-row CSV (1% bad rows) imported
// through POST /api/imports/members by the built server on a fresh embedded PostgreSQL,
// against COPY of the same file straight into an equivalent table. Prints both times,
// the ratio, rows/s, the API process's peak RSS and the machine.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';

import pg from 'pg';
import copyStreams from 'pg-copy-streams';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(os.tmpdir(), 'phonebank-bench-'));
const csvPath = join(work, 'members.csv');
const validCsvPath = join(work, 'valid-members.csv');
const REGIONS = ['LE', 'SE', 'SW', 'MID', 'NWNE', 'YNI', 'SCO', 'WAL'];
const AREAS = ['E', 'N', 'RG', 'BS', 'B', 'M', 'LS', 'G', 'CF', 'SE', 'CB', 'NE'];

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Deterministic rows, the same on every call; every 100th is bad in one of several ways.
 * Calls `onRow(line, valid)` for each: `valid` is the row as the import stores it (member's
 * own columns, region resolved by `regionOf(code, area)`), or undefined for a bad row.
 */
async function generateRows(regionOf, onRow) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < ROWS; i += 1) {
    const number = `M${String(1_000_000 + i)}`;
    const phone =
      i % 3 === 0
        ? `020 7${String(10_000_000 + i).slice(-7)}`
        : `07700 ${String(100_000 + (i % 900_000))}`;
    const area = AREAS[Math.floor(random() * AREAS.length)];
    const postcode = `${area}${1 + (i % 9)} ${1 + (i % 9)}AB`;
    const region = i % 2 === 0 ? REGIONS[i % REGIONS.length] : '';
    let row = `${number},First${i % 977},Last${i % 1499},${phone},m${i}@example.org,${postcode},${region}`;
    let valid;
    if (i % 100 !== 99) {
      valid = `${number},First${i % 977},Last${i % 1499},${phone},m${i}@example.org,${postcode},${regionOf(region, area)}`;
    } else {
      const kind = (i / 100) % 4;
      if (kind < 1) row = `${number},Bad,Phone,12345,,${postcode},${region}`;
      else if (kind < 2) row = `,No,Number,${phone},,${postcode},`;
      else if (kind < 3) row = `${number},No,Region,${phone},,,`;
      else row = `${number},Bad,Postcode,${phone},,XX,`;
    }
    await onRow(row, valid);
  }
}

/** Writes lines to `path` in 64 KB pieces; returns `add(line)` and `end()`. */
function lineWriter(path, header) {
  const out = createWriteStream(path);
  let batch = `${header}\n`;
  return {
    async add(line) {
      batch += `${line}\n`;
      if (batch.length < 1 << 16) return;
      const full = batch;
      batch = '';
      if (!out.write(full)) await new Promise((done) => out.once('drain', done));
    },
    end: () => new Promise((done) => out.end(batch, done)),
  };
}

/** The file to import. */
async function writeCsv() {
  const file = lineWriter(
    csvPath,
    'membership_number,first_name,last_name,phone,email,postcode,region',
  );
  await generateRows(
    () => '',
    (row) => file.add(row),
  );
  await file.end();
}

/** Its valid rows as member's own columns (region id included), for COPY into an equivalent table. */
async function writeValidCsv(regionIds, regionByArea) {
  const file = lineWriter(
    validCsvPath,
    'membership_number,first_name,last_name,phone,email,postcode,region_id',
  );
  const regionOf = (code, area) => regionIds[code || regionByArea[area]];
  await generateRows(regionOf, (_row, valid) => valid !== undefined && file.add(valid));
  await file.end();
}

function peakRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function main() {
  console.log(`Generating ${ROWS.toLocaleString()} rows in ${work} ...`);
  await writeCsv();
  const bytes = statSync(csvPath).size;
  const port = await freePort();
  const pgPort = await freePort();
  const admin = { email: 'bench@example.org', password: 'bench-password-123' };
  const server = spawn(process.execPath, [join(root, 'dist/api/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      // As `npm start` and the Docker image run it; BENCH_SERVER_NODE_OPTIONS='' for no limit.
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '--max-old-space-size=256',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(work, 'pgdata'),
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      LOG_FORMAT: 'json',
      WEB_DIST: '/nonexistent',
      // The server's own default unless set, for trying other batch sizes.
      ...(process.env.IMPORT_BATCH_ROWS && { IMPORT_BATCH_ROWS: process.env.IMPORT_BATCH_ROWS }),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let tries = 0; ; tries += 1) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        // not yet
      }
      if (tries > 600) throw new Error('the API did not start');
      await new Promise((done) => setTimeout(done, 100));
    }
    const gql = async (query, variables = {}, cookie) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
        body: JSON.stringify({ query, variables }),
      });
      const json = await response.json();
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return { data: json.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
    };
    const { cookie } = await gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      { e: admin.email, p: admin.password },
    );
    const { data } = await gql(
      'mutation { createElection(input: { name: "Bench", rule: SCOTTISH }) { id } }',
      {},
      cookie,
    );
    const electionId = data.createElection.id;
    const regionIds = {};
    for (const code of REGIONS) {
      const created = await gql(
        'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }',
        { input: { electionId, code, name: code, seats: 3 } },
        cookie,
      );
      regionIds[code] = created.data.createRegion.id;
    }
    const { DEFAULT_POSTCODE_AREAS } = await import('@phonebank/domain');
    for (const code of REGIONS) {
      const areas = Object.entries(DEFAULT_POSTCODE_AREAS)
        .filter(([, c]) => c === code)
        .map(([a]) => a);
      await gql(
        'mutation($id: ID!, $areas: [String!]!) { setRegionPostcodeAreas(regionId: $id, areas: $areas) { id } }',
        { id: regionIds[code], areas },
        cookie,
      );
    }

    await writeValidCsv(regionIds, DEFAULT_POSTCODE_AREAS);

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, peakRss(server.pid))), 200);
    const started = performance.now();
    const upload = await fetch(
      `${base}/api/imports/members?electionId=${electionId}&fileName=members.csv`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie, 'content-length': String(bytes) },
        body: createReadStream(csvPath),
        duplex: 'half',
      },
    );
    const accepted = await upload.json();
    if (upload.status !== 202) throw new Error(`upload refused: ${JSON.stringify(accepted)}`);
    const uploaded = performance.now();
    let result;
    for (;;) {
      ({
        data: { memberImport: result },
      } = await gql(
        'query($id: ID!) { memberImport(id: $id) { status rowsTotal rowsInserted rowsUpdated rowsRejected duplicatePhones failureMessage startedAt finishedAt } }',
        { id: accepted.id },
        cookie,
      ));
      if (result.status === 'SUCCEEDED' || result.status === 'FAILED') break;
      await new Promise((done) => setTimeout(done, 100));
    }
    const importSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, peakRss(server.pid));
    if (result.status !== 'SUCCEEDED') throw new Error(`import failed: ${result.failureMessage}`);

    // The same file, COPYed straight into an equivalent table.
    const client = new pg.Client({
      connectionString: `postgresql://phonebank:phonebank-embedded@127.0.0.1:${pgPort}/postgres`,
    });
    await client.connect();
    await client.query(`CREATE TABLE bench_copy (membership_number varchar(64), first_name varchar(120),
      last_name varchar(120), phone varchar(20), email varchar(254), postcode varchar(10), region varchar(16))`);
    const copyStarted = performance.now();
    await pipeline(
      createReadStream(csvPath),
      client.query(copyStreams.from('COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)')),
    );
    const copySeconds = (performance.now() - copyStarted) / 1000;
    // The goal's yardstick: the valid rows COPYed into a table like member, with all its
    // constraints and indexes (the trigram name index included) and its foreign keys to
    // election and region, as the import must maintain.
    await client.query('CREATE TABLE bench_member (LIKE member INCLUDING ALL)');
    await client.query(
      `ALTER TABLE bench_member ALTER COLUMN election_id SET DEFAULT '${electionId}'`,
    );
    const { rows: foreignKeys } = await client.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = 'member'::regclass AND contype = 'f'`,
    );
    for (const { definition } of foreignKeys)
      await client.query(`ALTER TABLE bench_member ADD ${definition}`);
    const equivalentStarted = performance.now();
    await pipeline(
      createReadStream(validCsvPath),
      client.query(
        copyStreams.from(
          'COPY bench_member (membership_number, first_name, last_name, phone, email, postcode, region_id) FROM STDIN WITH (FORMAT csv, HEADER true)',
        ),
      ),
    );
    const equivalentSeconds = (performance.now() - equivalentStarted) / 1000;
    const {
      rows: [{ server_version: version }],
    } = await client.query('SHOW server_version');
    await client.end();

    const cpus = os.cpus();
    const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    console.log(`
Member import benchmark: ${ROWS.toLocaleString()} rows, ${mb(bytes)}
  import through HTTP  ${importSeconds.toFixed(1)} s (upload ${((uploaded - started) / 1000).toFixed(1)} s, job ${((new Date(result.finishedAt) - new Date(result.startedAt)) / 1000).toFixed(1)} s)
                       inserted ${result.rowsInserted.toLocaleString()}, rejected ${result.rowsRejected.toLocaleString()}, duplicate phones ${result.duplicatePhones.toLocaleString()}
  COPY into a table like member (same indexes, foreign keys), valid rows   ${equivalentSeconds.toFixed(1)} s
  ratio                ${(importSeconds / equivalentSeconds).toFixed(2)} (goal ≤ 2.0)
  COPY of the file into a bare table  ${copySeconds.toFixed(1)} s (ratio ${(importSeconds / copySeconds).toFixed(1)}, for information)
  rows/s               ${Math.round(ROWS / importSeconds).toLocaleString()}
  API peak RSS         ${mb(peak)} (goal < 300 MB)
Machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${mb(os.totalmem())} RAM, Node ${process.version}, PostgreSQL ${version}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
