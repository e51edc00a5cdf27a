// Call queue benchmark (`npm run bench -- queue`, or `node tools/bench/queue.mjs [seconds]`
// after `npx nx run api:build`). Seeds a list of 200,000 members, then for N = 50, 500 and
// 2,000 simulated callers, each looping claim → record outcome, drives the API over
// HTTP/GraphQL and the very same SQL statements (prepared, as the API runs them) straight
// through pg with as many connections as the API's pools, in alternating turns, after
// BENCH_WARM_UP_SECONDS (5) of each unmeasured.
// Prints throughput both ways and their ratio (goal ≥ 0.5); the CPU each process spent per
// loop (API, PostgreSQL, load generator: where the ratio goes); claim latency p50/p95/p99 both
// with callers that never pause (pure queueing) and with 2,000 callers who spend
// BENCH_TALK_SECONDS (20) on each call, as volunteers do (goal p99 < 50 ms); double claims
// (must be 0); EXPLAIN (ANALYZE) of the claim statement; the machine. All of it twice: with
// every process sharing every CPU, then with PostgreSQL on a CPU of its own (setDatabaseApart).
// BENCH_WAITS=1 also samples what PostgreSQL's processes wait on; BENCH_POOL_SIZE sets the
// API's pool and the direct way's (10), BENCH_CLAIM_POOL_SIZE the connections both keep for
// claims alone (4). Not a test: it measures.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';

import {
  apiDist,
  cpuPerLoop,
  cpuTimes,
  graphqlClient,
  machine,
  require,
  setDatabaseApart,
  startApi,
} from './_api.mjs';

const { Client, Pool } = require('pg');
const statements = require(join(apiDist, 'calls', 'claim-statements.js'));

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 200_000);
const SECONDS = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 15);
const CALLERS = (process.env.BENCH_CALLERS ?? '50,500,2000').split(',').map(Number);
// The API's pool (DATABASE_POOL_SIZE, 10 unless BENCH_POOL_SIZE says), and the direct way's.
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
// Claims' own connections (DATABASE_CLAIM_POOL_SIZE, 4), both ways.
const CLAIM_POOL_SIZE = Number(process.env.BENCH_CLAIM_POOL_SIZE ?? 4);
const PACED_CALLERS = Math.max(...CALLERS);
const TALK_SECONDS = Number(process.env.BENCH_TALK_SECONDS ?? 20);
// Both ways run unmeasured first, as a server that has been up a while is warm (V8's
// optimised code, PostgreSQL's caches): the first few seconds otherwise measure warming up.
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 5);
// Each N runs the two ways in this many alternating turns (see alternate()).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const CLAIM = `mutation($id: ID!) { claimNextContact(callListId: $id) { id member { id firstName phone } } }`;
const RECORD = `mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id } }`;

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (value) => `${value.toFixed(1)} ms`;

/** `callers` loops of claim → record for `seconds`; returns loops done and claim latencies. */
async function drive(callers, seconds, loop, talkMs = 0) {
  const started = Date.now();
  const deadline = started + seconds * 1000;
  // Paced callers spread their start over one talk time, as volunteers do not all click at once.
  const pause = (ms) => new Promise((done) => setTimeout(done, ms));
  const latencies = [];
  let loops = 0;
  let empty = 0;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      if (talkMs) await pause(Math.random() * talkMs);
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        const done = await loop(
          caller,
          () => latencies.push(Number(process.hrtime.bigint() - started) / 1e6),
          talkMs && (() => pause(Math.random() * 2 * talkMs)),
        );
        if (done) loops += 1;
        else empty += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { loops, empty, perSecond: loops / seconds, latencies, elapsedMs: Date.now() - started };
}

/**
 * The ways (name → loop) at `callers` callers, in turns: ROUNDS slices of each, `seconds`
 * in all per way, so a slower spell of this shared machine weighs on every way alike
 * (`db` samples what PostgreSQL waits on, with BENCH_WAITS=1).
 * Throughput is loops over the time each way actually took, its last loops included.
 */
async function alternate(db, apiPid, callers, seconds, ways) {
  const totals = new Map(
    Object.keys(ways).map((way) => [way, { loops: 0, ms: 0, latencies: [], cpu: null, turns: [] }]),
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [way, loop] of Object.entries(ways)) {
      const waits = sampleWaits(db, way);
      const cpuBefore = cpuTimes(apiPid);
      const run = await drive(callers, seconds / ROUNDS, loop);
      const cpuAfter = cpuTimes(apiPid);
      await waits.stop();
      const total = totals.get(way);
      total.loops += run.loops;
      total.turns.push(run.loops / (run.elapsedMs / 1000));
      total.ms += run.elapsedMs;
      total.latencies.push(...run.latencies);
      if (cpuBefore && cpuAfter)
        total.cpu = Object.fromEntries(
          Object.keys(cpuAfter).map((key) => [
            key,
            (total.cpu?.[key] ?? 0) + cpuAfter[key] - cpuBefore[key],
          ]),
        );
    }
  }
  for (const total of totals.values()) {
    total.latencies.sort((a, b) => a - b);
    total.perSecond = total.loops / (total.ms / 1000);
  }
  return Object.fromEntries(totals);
}

/**
 * Runs one of the API's prepared statements (claim-statements.ts) as the API does: on a
 * connection borrowed from the pool for that statement alone.
 */
const run = (pool, { name, text }, values) => pool.query({ name, text, values });

/**
 * The API's claim and record statements, one for one, straight through pg: claims on
 * connections of their own (`pools.claims`, as ClaimConnections), the rest on `pools.main`.
 */
function directLoop(pools, listId, volunteerIds) {
  const pool = pools.main;
  return async (caller, claimed, talk) => {
    const userId = volunteerIds[caller];
    const now = new Date();
    // The claim: read the hold, then take a member if it is still as read (no transaction).
    const {
      rows: [hold],
    } = await run(pools.claims, statements.READ_VOLUNTEER_HOLD, [listId, userId, now]);
    const id = randomUUID();
    const leaseEnds = new Date(now.getTime() + hold.call_list.lease_minutes * 60_000);
    const take = async (statement, current) =>
      (await run(pools.claims, statement, [listId, now, userId, id, leaseEnds, current])).rows[0];
    let taken = hold.has_reserved
      ? await take(statements.TAKE_NEXT_RESERVED_MEMBER, hold.current_claim_id)
      : null;
    if (taken?.hold_unchanged && !taken.claim)
      taken = await take(statements.TAKE_NEXT_MEMBER, null);
    if (!taken) taken = await take(statements.TAKE_NEXT_MEMBER, hold.current_claim_id);
    claimed();
    if (!taken.claim) return false;
    if (talk) await talk();
    // The outcome: read the claim, then write the call if the entry is as read.
    const key = randomUUID();
    const recordedAt = new Date();
    const {
      rows: [claim],
    } = await run(pool, statements.READ_CLAIM_FOR_RECORDING, [id, key, null]);
    await run(pool, statements.RECORD_CALL, [
      key,
      id,
      listId,
      claim.member_id,
      userId,
      'ANSWERED',
      null,
      null,
      claim.attempts + 1,
      recordedAt,
      claim.entry_id,
      'DONE',
      2,
      null,
      claim.attempts,
      null,
      null,
    ]);
    return true;
  };
}

/** A caller through the API: claim, then record the call as answered. */
function apiLoop(base, listId, cookies) {
  const clients = cookies.map((cookie) => graphqlClient(base, cookie));
  return async (caller, claimed, talk) => {
    const graphql = clients[caller];
    const { claimNextContact: claim } = await graphql(CLAIM, { id: listId });
    claimed();
    if (!claim) return false;
    if (talk) await talk();
    await graphql(RECORD, {
      input: { idempotencyKey: randomUUID(), claimId: claim.id, disposition: 'ANSWERED' },
    });
    return true;
  };
}

/**
 * With BENCH_WAITS=1: what PostgreSQL's sessions wait on while a way runs (sampled every
 * 50 ms from pg_stat_activity), to see where time goes; printed per way at the end.
 */
const waitCounts = new Map();

function sampleWaits(client, way) {
  let running = Boolean(process.env.BENCH_WAITS);
  const counts = waitCounts.get(way) ?? new Map();
  waitCounts.set(way, counts);
  const sampling = (async () => {
    while (running) {
      const { rows } = await client.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait,
                CASE backend_type WHEN 'client backend' THEN state ELSE backend_type END AS who,
                count(*)::int AS n
           FROM pg_stat_activity
          WHERE pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'
            AND wait_event_type IS DISTINCT FROM 'Activity'
          GROUP BY 1, 2`,
      );
      for (const row of rows) {
        const key = `${row.who} ${row.wait}`;
        counts.set(key, (counts.get(key) ?? 0) + row.n);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await sampling;
    },
  };
}

function printWaits() {
  for (const [way, counts] of waitCounts) {
    if (counts.size === 0) continue;
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
    process.stdout.write(`    ${way} waits: ${top.map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  }
  waitCounts.clear();
}

/** The lines of one N: throughput both ways, their ratio, claim latency, CPU per loop. */
function loopFigures(callers, direct, viaApi) {
  const ratio = viaApi.perSecond / direct.perSecond;
  // Each turn's ratio (the API's turn over the direct turn just before it): how much the
  // shared machine moved the figure within the run.
  const turns = viaApi.turns.map((perSecond, turn) => (perSecond / direct.turns[turn]).toFixed(2));
  const l = viaApi.latencies;
  return [
    `  N = ${String(callers).padStart(5)}  API ${viaApi.perSecond.toFixed(0).padStart(5)} loops/s   direct SQL (${POOL_SIZE} connections + ${CLAIM_POOL_SIZE} for claims) ${direct.perSecond.toFixed(0).padStart(5)} loops/s   ratio ${ratio.toFixed(2)} (goal ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'}; turn by turn ${turns.join(', ')})`,
    `            API claim latency p50 ${ms(percentile(l, 50))}  p95 ${ms(percentile(l, 95))}  p99 ${ms(percentile(l, 99))}  (callers never pause: latency is queueing, N / throughput);  direct p99 ${ms(percentile(direct.latencies, 99))}`,
    `            API way: ${cpuPerLoop(viaApi.cpu, viaApi.loops)};  direct way: ${cpuPerLoop(direct.cpu, direct.loops, ['postgres', 'loadGenerator'])}`,
  ];
}

async function main() {
  const api = await startApi('queue', {
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    DATABASE_CLAIM_POOL_SIZE: String(CLAIM_POOL_SIZE),
  });
  const db = new Client({ connectionString: api.databaseUrl });
  try {
    await db.connect();
    const { createElection } = await api.graphql(
      'mutation { createElection(input: { name: "Queue benchmark", rule: SCOTTISH }) { id } }',
    );
    const { createRegion } = await api.graphql(
      'mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 6 }) { id } }',
      { id: createElection.id },
    );
    const regionId = createRegion.id;
    const seeding = Date.now();
    await db.query(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
       SELECT $1, 'M' || lpad(i::text, 8, '0'), 'First' || i, 'Last' || i, '+447' || lpad((700000000 + i)::text, 9, '0'), 'MOBILE', $2
         FROM generate_series(1, $3::int) AS i`,
      [createElection.id, regionId, MEMBERS],
    );
    // Volunteers and their sessions straight in the database: 2,000 argon2 sign-ins would
    // measure password hashing, not the queue.
    const maxCallers = Math.max(...CALLERS);
    const { rows: volunteers } = await db.query(
      `INSERT INTO "user" (email, name, role, password_hash)
       SELECT 'caller' || i || '@bench.example', 'Caller ' || i, 'VOLUNTEER', 'not-a-hash'
         FROM generate_series(1, $1::int) AS i RETURNING id`,
      [maxCallers],
    );
    const volunteerIds = volunteers.map((row) => row.id);
    await db.query(`INSERT INTO user_region (user_id, region_id) SELECT unnest($1::uuid[]), $2`, [
      volunteerIds,
      regionId,
    ]);
    const tokens = volunteerIds.map(() => randomBytes(32).toString('base64url'));
    await db.query(
      `INSERT INTO session (token_hash, user_id, last_seen_at, expires_at)
       SELECT decode(unnest($1::text[]), 'hex'), unnest($2::uuid[]), now(), now() + interval '1 day'`,
      [tokens.map((token) => createHash('sha256').update(token).digest('hex')), volunteerIds],
    );
    const cookies = tokens.map((token) => `pb_session=${token}`);

    const lists = {};
    for (const way of ['api', 'direct']) {
      const { createCallList } = await api.graphql(
        `mutation($input: CreateCallListInput!) { createCallList(input: $input) { id size } }`,
        { input: { name: `Bench ${way}`, regionId, callingHours: { from: '00:00', to: '23:59' } } },
      );
      await api.graphql(
        `mutation($id: ID!, $ids: [ID!]!) { addVolunteersToCallList(callListId: $id, userIds: $ids) { id } }`,
        {
          id: createCallList.id,
          ids: volunteerIds,
        },
      );
      lists[way] = createCallList.id;
    }
    await db.query('VACUUM ANALYZE');
    const seedMs = Date.now() - seeding;

    // EXPLAIN ANALYZE runs the statement: inside a transaction rolled back, so it takes nobody.
    // The generic plan, as the API's prepared statement runs it once PostgreSQL settles on it.
    await db.query('BEGIN');
    await db.query('SET LOCAL plan_cache_mode = force_generic_plan');
    await db.query(`PREPARE explained AS ${statements.TAKE_NEXT_MEMBER.text}`);
    // EXECUTE takes its arguments as literals (ours: ids and times), not as bound parameters.
    const explainedWith = [
      lists.direct,
      new Date().toISOString(),
      volunteerIds[0],
      randomUUID(),
      new Date(Date.now() + 600_000).toISOString(),
      null, // the volunteer's current claim: none yet
    ].map((value) => (value === null ? 'NULL' : db.escapeLiteral(value)));
    const plan = (
      await db.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) EXECUTE explained(${explainedWith.join(', ')})`,
      )
    ).rows.map((row) => `  ${row['QUERY PLAN']}`);
    await db.query('ROLLBACK');
    await db.query('DEALLOCATE explained');

    const pools = {
      main: new Pool({ connectionString: api.databaseUrl, max: POOL_SIZE }),
      claims: new Pool({ connectionString: api.databaseUrl, max: CLAIM_POOL_SIZE }),
    };
    // An idle connection cut when the database stops at the end is no failure of the run.
    for (const pool of Object.values(pools)) pool.on('error', () => {});
    const out = [
      `Call queue benchmark: ${MEMBERS.toLocaleString('en-GB')} members per list (seeded in ${(seedMs / 1000).toFixed(1)} s); for each N, ${SECONDS} s per way in ${ROUNDS} alternating turns, after ${WARM_UP_SECONDS} s of warming up each way; each loop = claim + record (ANSWERED)`,
    ];
    const warmUpCallers = Math.min(...CALLERS);
    await drive(warmUpCallers, WARM_UP_SECONDS, directLoop(pools, lists.direct, volunteerIds));
    await drive(
      warmUpCallers,
      WARM_UP_SECONDS,
      apiLoop(api.base, lists.api, cookies.slice(0, warmUpCallers)),
    );
    // claim and call_record were empty at VACUUM ANALYZE: until autovacuum notices them grow,
    // plans made on those statistics cost up to twice the database CPU per loop, and only
    // the first N measured would pay (in the direct way, about 4 ms a loop instead of 2).
    // A database that has been taking calls has statistics of them.
    await db.query('ANALYZE claim, call_record');
    // Twice: first with every process sharing every CPU, then with PostgreSQL on a CPU of its
    // own, as in a deployment where the database has its own machine (and the API replicas
    // theirs): the direct way's limit is then the database's alone, and the ratio measures what
    // the API costs it rather than how the API and the database split two cores.
    const arrangements = [
      () => 'API, PostgreSQL and the load generator share every CPU',
      () => setDatabaseApart(api.server.pid),
    ];
    for (const arrange of arrangements) {
      const described = arrange();
      if (!described) {
        out.push(
          'PostgreSQL on a CPU of its own: not measured here (needs Linux, taskset, two CPUs)',
        );
        continue;
      }
      out.push(`${described}:`);
      for (const callers of CALLERS) {
        const { direct, api: viaApi } = await alternate(db, api.server.pid, callers, SECONDS, {
          direct: directLoop(pools, lists.direct, volunteerIds),
          api: apiLoop(api.base, lists.api, cookies.slice(0, callers)),
        });
        printWaits();
        out.push(...loopFigures(callers, direct, viaApi));
      }
      // Volunteers on the phone: each call lasts TALK seconds on average, so 2,000 callers ask
      // for about 2,000 / TALK members a second. Claim latency as a volunteer would feel it,
      // through the API and, for the floor this machine sets, straight through pg.
      const paced = {};
      for (const [way, loop] of [
        ['api', apiLoop(api.base, lists.api, cookies.slice(0, PACED_CALLERS))],
        ['direct', directLoop(pools, lists.direct, volunteerIds)],
      ]) {
        const waits = sampleWaits(db, `${way} on the phone`);
        paced[way] = await drive(
          PACED_CALLERS,
          Math.max(SECONDS, 2 * TALK_SECONDS),
          loop,
          TALK_SECONDS * 1000,
        );
        await waits.stop();
      }
      printWaits();
      const [a, d] = [paced.api.latencies, paced.direct.latencies];
      const p99 = percentile(a, 99);
      out.push(
        `  N = ${PACED_CALLERS} on the phone (${TALK_SECONDS} s per call on average, ~${Math.round(PACED_CALLERS / TALK_SECONDS)} claims/s offered): API ${paced.api.perSecond.toFixed(0)} loops/s, claim latency p50 ${ms(percentile(a, 50))}  p95 ${ms(percentile(a, 95))}  p99 ${ms(p99)}  (goal p99 < 50 ms: ${p99 < 50 ? 'met' : 'NOT met'});  direct SQL p50 ${ms(percentile(d, 50))}  p95 ${ms(percentile(d, 95))}  p99 ${ms(percentile(d, 99))}`,
      );
    }
    await Promise.all(Object.values(pools).map((pool) => pool.end()));
    const {
      rows: [{ doubles }],
    } = await db.query(
      `SELECT count(*)::int AS doubles
         FROM claim a JOIN claim b ON a.member_id = b.member_id AND a.call_list_id = b.call_list_id AND a.id < b.id
        WHERE tstzrange(a.claimed_at, LEAST(a.lease_expires_at, COALESCE(a.released_at, 'infinity')), '[]')
           && tstzrange(b.claimed_at, LEAST(b.lease_expires_at, COALESCE(b.released_at, 'infinity')), '[]')`,
    );
    const {
      rows: [{ claims }],
    } = await db.query('SELECT count(*)::int AS claims FROM claim');
    out.push(
      `  double claims (overlapping holds on one member, over ${claims.toLocaleString('en-GB')} claims): ${doubles}`,
    );
    out.push(
      `EXPLAIN (ANALYZE) of the claim statement (its generic plan, as prepared) at ${MEMBERS.toLocaleString('en-GB')} queue entries:`,
      ...plan,
    );
    const {
      rows: [{ server_version: pgVersion }],
    } = await db.query('SHOW server_version');
    out.push(machine(pgVersion, 'each arrangement as stated above'));
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await db.end().catch(() => {});
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
