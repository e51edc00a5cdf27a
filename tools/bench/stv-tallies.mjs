// Region tallies benchmark (`node tools/bench/stv-tallies.mjs` after `npx nx run api:build`;
// also the last part of `npm run bench -- stv`). Not a test: it measures.
//
// Seeds a fresh embedded PostgreSQL, set-wise in SQL, with an election of eight regions
// sized like a national party's (the largest holds 30% of the members), 1,000,000 members,
// 2,000 volunteers, 3,000,000 call records over 60 days and a pledge on most answered calls
// (rankings, second-preference answers, ballots; re-pledges replace earlier ones). Rows go in
// with triggers and foreign keys off (`session_replication_role = replica`; call records
// name claims that are not stored) and the tables' secondary indexes are built after them,
// as a restore does; the tallies are then derived by the migration's own backfill
// (REBUILD_TALLIES_SQL), timed, as it would run on such a database. After VACUUM ANALYZE:
// - `regionTally` over HTTP with every field a dashboard reads, regions round-robin
//   (goal p95 < 50 ms), against two floors measured in the same run: the same API answering
//   `{ me { id } }`, and the tally's own SQL statements straight through pg, run as the
//   service runs them (in parallel);
// - EXPLAIN (ANALYZE) of the statements for the largest region.
// BENCH_MEMBERS, BENCH_CALLS and BENCH_REQUESTS change the sizes.
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { apiDist, machine, require, startApi } from './_api.mjs';

const { Client, Pool } = require('pg');
const statements = require(join(apiDist, 'tallies', 'tally-statements.js'));
const { REBUILD_TALLIES_SQL } = require(join(apiDist, 'tallies', 'tally-rebuild.js'));

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 3_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const VOLUNTEERS = 2_000;
const DAYS = 60;
// The demo election's regions, with a share of the members in per-mille.
const REGIONS = [
  ['LE', 'London & Eastern', 6, 300],
  ['SE', 'South East', 3, 120],
  ['SW', 'South West', 3, 100],
  ['MID', 'Midlands', 4, 120],
  ['NWNE', 'North West & North East', 5, 140],
  ['YNI', 'Yorkshire, Northern Ireland & International', 3, 100],
  ['SCO', 'Scotland', 1, 60],
  ['WAL', 'Wales', 1, 60],
];
const TABLES = ['member', 'call_record', 'pledge'];

const TALLY = `query($id: ID!) { regionTally(regionId: $id) {
  region { id code name seats }
  members called reached pledged
  firstPreferences { candidate { id name slate { id ours } } count }
  secondPreferenceAgreed
  pledgeStatuses { status count }
  secondPreferences { answer count }
  secondPreferenceCandidates { candidate { id } count }
  ballotsReceived voted
  transfers { from { id } to { id } count }
  days { day calls reached pledged }
  volunteers { volunteer { id name } calls reached pledged lastCallAt }
  countedAt
} }`;

const since = (started) => Number(process.hrtime.bigint() - started) / 1e6;
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => `${value.toFixed(1)} ms`;
const thousands = (value) => value.toLocaleString('en-GB');

/** The region slot (0–7) of member or volunteer number `expr`, by the regions' shares. */
const slotOf = (expr) => {
  const bounds = [];
  let total = 0;
  for (const [, , , share] of REGIONS.slice(0, -1)) bounds.push((total += share));
  return `width_bucket((hashint4((${expr})::int) & 2147483647) % 1000, ARRAY[${bounds.join(',')}])`;
};

async function seed(db) {
  const timings = [];
  const step = async (label, sql, values = []) => {
    const started = process.hrtime.bigint();
    const result = await db.query(sql, values);
    timings.push(`${label} ${(since(started) / 1000).toFixed(1)} s`);
    return result;
  };
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  const { rows: indexes } = await db.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [TABLES],
  );
  for (const { indexname } of indexes) await db.query(`DROP INDEX "${indexname}"`);

  const {
    rows: [{ id: electionId }],
  } = await db.query(
    `INSERT INTO election (name, rule) VALUES ('Tallies benchmark', 'SCOTTISH') RETURNING id`,
  );
  await db.query(
    `INSERT INTO slate (election_id, name, ours)
     VALUES ($1, 'Our slate', true), ($1, 'Rival A', false), ($1, 'Rival B', false)`,
    [electionId],
  );
  // Region slot n; each region has twice its seats plus two candidates, half of ours.
  await db.query(
    `INSERT INTO region (election_id, code, name, seats)
     SELECT $1, code, name, seats
       FROM unnest($2::text[], $3::text[], $4::int[]) AS r(code, name, seats)`,
    [electionId, REGIONS.map((r) => r[0]), REGIONS.map((r) => r[1]), REGIONS.map((r) => r[2])],
  );
  await db.query(
    `INSERT INTO candidate (region_id, slate_id, name)
     SELECT r.id, s.id, r.code || ' candidate ' || lpad(c::text, 2, '0')
       FROM region r, generate_series(1, 2 * r.seats + 2) c,
            LATERAL (SELECT id FROM slate
                      WHERE election_id = r.election_id
                        AND name = CASE WHEN c <= r.seats THEN 'Our slate'
                                        WHEN c % 2 = 0 THEN 'Rival A' ELSE 'Rival B' END) s
      WHERE r.election_id = $1`,
    [electionId],
  );
  await db.query(
    `INSERT INTO call_list (election_id, region_id, name, retry_delays, calling_from, calling_to)
     SELECT r.election_id, r.id, 'Everyone in ' || r.name, '{}', '00:00', '23:59'
       FROM region r WHERE r.election_id = $1`,
    [electionId],
  );
  await db.query(
    `INSERT INTO "user" (id, email, name, role, password_hash)
     SELECT md5('volunteer' || j)::uuid, 'volunteer' || j || '@bench.example', 'Volunteer ' || j,
            'VOLUNTEER', 'not-a-hash'
       FROM generate_series(0, $1::int - 1) j`,
    [VOLUNTEERS],
  );
  await db.query(`
    CREATE TEMP TABLE volunteer_slot AS
    SELECT ${slotOf('j')} AS slot, j,
           row_number() OVER (PARTITION BY ${slotOf('j')} ORDER BY j) - 1 AS n,
           md5('volunteer' || j)::uuid AS id
      FROM generate_series(0, ${VOLUNTEERS - 1}) j`);
  await db.query(
    `CREATE TEMP TABLE region_slot AS
     SELECT n - 1 AS slot, r.id FROM unnest($1::text[]) WITH ORDINALITY AS s(code, n)
       JOIN region r ON r.code = s.code AND r.election_id = $2`,
    [REGIONS.map((r) => r[0]), electionId],
  );
  await db.query(`
    INSERT INTO user_region (user_id, region_id)
    SELECT v.id, r.id FROM volunteer_slot v JOIN region_slot r USING (slot)`);
  await db.query(
    `CREATE TEMP TABLE slot_size AS SELECT slot, count(*) AS volunteers FROM volunteer_slot GROUP BY slot`,
  );
  await step(
    `members`,
    `INSERT INTO member (id, election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
     SELECT md5('member' || i)::uuid, $1, 'M' || lpad(i::text, 8, '0'), 'First' || i, 'Last' || i,
            '+447' || lpad((700000000 + i)::text, 9, '0'), 'MOBILE', r.id
       FROM generate_series(0, $2::int - 1) i JOIN region_slot r ON r.slot = ${slotOf('i')}`,
    [electionId, MEMBERS],
  );
  // Three quarters of the members are called, four times each on average, by volunteers
  // of their region, evenly over DAYS days up to now.
  await step(
    'call records',
    `INSERT INTO call_record (idempotency_key, claim_id, call_list_id, member_id, volunteer_id,
                              disposition, attempt, created_at)
     SELECT 'bench-' || k, gen_random_uuid(), l.id, md5('member' || c.mi)::uuid, v.id,
            (CASE WHEN c.h < 300 THEN 'ANSWERED' WHEN c.h < 650 THEN 'NO_ANSWER'
                  WHEN c.h < 850 THEN 'VOICEMAIL' WHEN c.h < 900 THEN 'BUSY'
                  WHEN c.h < 930 THEN 'WRONG_NUMBER' WHEN c.h < 970 THEN 'CALL_BACK'
                  WHEN c.h < 990 THEN 'REFUSED' ELSE 'DO_NOT_CALL' END)::disposition,
            1, now() - make_interval(days => $2) + (k::float8 / $1) * make_interval(days => $2)
       FROM (SELECT k, mi, ${slotOf('mi')} AS slot, (hashint4(k * 7 + 1) & 2147483647) % 1000 AS h,
                    hashint4(k * 13 + 5) & 2147483647 AS pick
               FROM (SELECT k, (hashint4(k) & 2147483647) % $3 AS mi
                       FROM generate_series(0, $1::int - 1) k) ks) c
       JOIN region_slot rs ON rs.slot = c.slot
       JOIN call_list l ON l.region_id = rs.id
       JOIN slot_size z ON z.slot = c.slot
       JOIN volunteer_slot v ON v.slot = c.slot AND v.n = c.pick % z.volunteers`,
    [CALLS, DAYS, Math.floor(MEMBERS * 0.75)],
  );
  await step(
    'opt-outs',
    `UPDATE member m SET do_not_call = true, opted_out_at = r.created_at
       FROM call_record r WHERE r.member_id = m.id AND r.disposition = 'DO_NOT_CALL'`,
  );
  // A pledge on 85% of answered calls, taken as the call is recorded.
  await step(
    'pledges',
    `INSERT INTO pledge (member_id, election_id, region_id, status, ranking, second_preference,
                         second_preference_candidate_id, ballot_received, voted, is_latest,
                         recorded_by_id, created_at)
     SELECT r.member_id, $1, l.region_id,
            (CASE WHEN h % 100 < 35 THEN 'PLEDGED' WHEN h % 100 < 55 THEN 'LEANING'
                  WHEN h % 100 < 75 THEN 'UNDECIDED' WHEN h % 100 < 90 THEN 'AGAINST'
                  ELSE 'NOT_VOTING' END)::pledge_status,
            ARRAY(SELECT c.ids[1 + ((h / 100) + j) % cardinality(c.ids)]
                    FROM generate_series(0, (h / 7) % 6 - 1) j),
            (CASE WHEN (h / 11) % 20 < 8 THEN 'NOT_ASKED' WHEN (h / 11) % 20 < 13 THEN 'AGREED'
                  WHEN (h / 11) % 20 < 17 THEN 'DECLINED' ELSE 'UNSURE' END)::second_preference_answer,
            CASE WHEN (h / 11) % 20 >= 8 THEN c.ours[1 + (h / 3) % cardinality(c.ours)] END,
            (h / 40) % 3 = 0, (h / 40) % 6 = 0, false, r.volunteer_id, r.created_at
       FROM (SELECT *, hashtext(idempotency_key) & 2147483647 AS h
               FROM call_record WHERE disposition = 'ANSWERED') r
       JOIN call_list l ON l.id = r.call_list_id
       JOIN (SELECT c.region_id, array_agg(c.id ORDER BY c.name) AS ids,
                    array_agg(c.id ORDER BY c.name) FILTER (WHERE s.ours) AS ours
               FROM candidate c JOIN slate s ON s.id = c.slate_id GROUP BY c.region_id) c
         ON c.region_id = l.region_id
      WHERE r.h % 20 < 17`,
    [electionId],
  );
  await step(
    'latest pledges',
    `UPDATE pledge p SET is_latest = true
       FROM (SELECT DISTINCT ON (member_id) id FROM pledge ORDER BY member_id, created_at DESC) l
      WHERE p.id = l.id`,
  );
  const indexing = process.hrtime.bigint();
  for (const { indexdef } of indexes) await db.query(indexdef);
  timings.push(`indexes ${(since(indexing) / 1000).toFixed(1)} s`);
  await db.query(`SET session_replication_role = DEFAULT`);
  const backfill = process.hrtime.bigint();
  for (const sql of REBUILD_TALLIES_SQL) await db.query(sql);
  const backfillMs = since(backfill);
  await db.query('VACUUM ANALYZE');
  return { electionId, timings, backfillMs };
}

/** `requests` sequential runs of `run(i)`; their latencies in ms, sorted. */
async function latencies(requests, run, measured) {
  for (let i = 0; i < 20; i += 1) await run(i); // warm-up
  const out = [];
  for (let i = 0; i < requests; i += 1) {
    const started = process.hrtime.bigint();
    await run(i);
    out.push(since(started));
    measured?.(i, out.at(-1));
  }
  return out.sort((a, b) => a - b);
}

const summary = (sorted) =>
  `p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}`;

async function main() {
  const api = await startApi('stv-tallies');
  const db = new Client({ connectionString: api.databaseUrl });
  const pool = new Pool({ connectionString: api.databaseUrl, max: Object.keys(statements).length });
  try {
    await db.connect();
    const seeding = process.hrtime.bigint();
    const { electionId, timings, backfillMs } = await seed(db);
    const seedSeconds = since(seeding) / 1000;
    const { rows: regions } = await db.query(
      `SELECT r.id, r.code,
              (SELECT count(*) FROM member m WHERE m.region_id = r.id)::int AS members,
              (SELECT count(*) FROM pledge p WHERE p.region_id = r.id AND p.is_latest)::int AS pledges
         FROM region r WHERE r.election_id = $1 ORDER BY members DESC`,
      [electionId],
    );
    const {
      rows: [totals],
    } = await db.query(
      `SELECT (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM call_record)::int AS calls,
              (SELECT count(*) FROM pledge)::int AS pledges,
              (SELECT count(*) FROM pledge WHERE is_latest)::int AS latest,
              (SELECT count(*) FROM region_day_activity)::int AS days,
              (SELECT count(*) FROM region_volunteer_activity)::int AS volunteers`,
    );

    const loadBefore = loadavg()[0];
    const floor = await latencies(REQUESTS, () => api.graphql('{ me { id } }'));
    const sql = await latencies(REQUESTS, (i) => {
      const id = regions[i % regions.length].id;
      return Promise.all(Object.values(statements).map((text) => pool.query(text, [id])));
    });
    const largest = regions[0];
    const largestTimes = [];
    const tally = await latencies(
      REQUESTS,
      async (i) => {
        const region = regions[i % regions.length];
        const { regionTally } = await api.graphql(TALLY, { id: region.id });
        if (regionTally.region.id !== region.id) throw new Error('wrong region');
      },
      (i, took) => i % regions.length === 0 && largestTimes.push(took),
    );
    largestTimes.sort((a, b) => a - b);
    const plans = [];
    for (const [name, text] of Object.entries(statements)) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${text}`, [
        largest.id,
      ]);
      plans.push(`  ${name}:`, ...rows.map((row) => `    ${row['QUERY PLAN']}`));
    }
    const {
      rows: [{ server_version: pgVersion }],
    } = await db.query('SHOW server_version');

    const p50 = (sorted) => percentile(sorted, 50);
    const p95 = percentile(tally, 95);
    console.log(
      [
        `Region tallies benchmark: ${thousands(totals.members)} members in ${regions.length} regions, ${thousands(totals.calls)} call records by ${thousands(VOLUNTEERS)} volunteers over ${DAYS} days, ${thousands(totals.pledges)} pledges (${thousands(totals.latest)} latest), ${thousands(totals.days)} day rows and ${thousands(totals.volunteers)} volunteer rows of tallies`,
        `  seeded in ${seedSeconds.toFixed(0)} s (${timings.join(', ')}); the migration's backfill of the tallies from these rows: ${(backfillMs / 1000).toFixed(1)} s`,
        `  regions: ${regions.map((r) => `${r.code} ${thousands(r.members)} members / ${thousands(r.pledges)} latest pledges`).join(', ')}`,
        `  regionTally over HTTP, every field, ${thousands(REQUESTS)} requests one at a time, regions round-robin:`,
        `    ${summary(tally)}  (goal p95 < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'})`,
        `    largest region (${largest.code}, ${thousands(largest.members)} members): ${summary(largestTimes)}`,
        `  floors measured in this run:`,
        `    { me { id } } over HTTP, same API and session: ${summary(floor)}`,
        `    the tally's SQL statements straight through pg, in parallel as the service runs them: ${summary(sql)}`,
        `  ratios (p50): regionTally / { me { id } } ${(p50(tally) / p50(floor)).toFixed(1)}×, regionTally / its SQL ${(p50(tally) / p50(sql)).toFixed(1)}×`,
        `EXPLAIN (ANALYZE) of the tally statements for ${largest.code}:`,
        ...plans,
        machine(pgVersion),
        `Load average (1 min) when timing began: ${loadBefore.toFixed(2)}, when it ended: ${loadavg()[0].toFixed(2)} (other work on these cores skews the figures)`,
      ].join('\n'),
    );
  } finally {
    await pool.end().catch(() => {});
    await db.end().catch(() => {});
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
