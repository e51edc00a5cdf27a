// Call queue benchmark (`npm run bench -- queue`, or `node tools/bench/queue.mjs [seconds]`
// after `npx nx run api:build`). Seeds a list of 200,000 members, then for N = 50, 500 and
// 2,000 simulated callers, each looping claim → record outcome over HTTP/GraphQL for a fixed
// time, and the very same SQL statements straight through pg with as many connections as the
// API's pool. Prints throughput both ways and their ratio (goal ≥ 0.5), claim latency
// p50/p95/p99 (goal p99 < 50 ms at 2,000 callers), double claims (must be 0), EXPLAIN
// (ANALYZE) of the claim statement, and the machine. Not a test: it measures.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { apiDist, graphqlClient, machine, require, startApi } from './_api.mjs';

const { Client, Pool } = require('pg');
const statements = require(join(apiDist, 'calls', 'claim-statements.js'));

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 200_000);
const SECONDS = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 15);
const CALLERS = (process.env.BENCH_CALLERS ?? '50,500,2000').split(',').map(Number);
const POOL_SIZE = 10; // DATABASE_POOL_SIZE's default: the API's pool

const CLAIM = `mutation($id: ID!) { claimNextContact(callListId: $id) { id member { id firstName phone } } }`;
const RECORD = `mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id } }`;

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (value) => `${value.toFixed(1)} ms`;

/** `callers` loops of claim → record for `seconds`; returns loops done and claim latencies. */
async function drive(callers, seconds, loop) {
  const deadline = Date.now() + seconds * 1000;
  const latencies = [];
  let loops = 0;
  let empty = 0;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        const done = await loop(caller, () =>
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6),
        );
        if (done) loops += 1;
        else empty += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { loops, empty, perSecond: loops / seconds, latencies };
}

/** The API's claim and record transactions, statement for statement, straight through pg. */
function directLoop(pool, listId, volunteerIds) {
  return async (caller, claimed) => {
    const userId = volunteerIds[caller];
    const client = await pool.connect();
    try {
      const now = new Date();
      await client.query('BEGIN');
      const {
        rows: [list],
      } = await client.query('SELECT * FROM call_list WHERE id = $1', [listId]);
      await client.query(statements.LOCK_VOLUNTEER_SQL, [listId, userId, now]);
      const id = randomUUID();
      const leaseEnds = new Date(now.getTime() + list.lease_minutes * 60_000);
      const parameters = [listId, now, userId, id, leaseEnds];
      let taken = (await client.query(statements.TAKE_NEXT_RESERVED_MEMBER_SQL, parameters)).rows;
      if (taken.length === 0)
        taken = (await client.query(statements.TAKE_NEXT_MEMBER_SQL, parameters)).rows;
      await client.query(statements.SET_CURRENT_CLAIM_SQL, [
        listId,
        userId,
        taken.length ? id : null,
      ]);
      await client.query('COMMIT');
      const {
        rows: [claim],
      } = await client.query(
        `SELECT c.*, m.first_name, m.phone FROM claim c JOIN member m ON m.id = c.member_id WHERE c.id = $1`,
        [id],
      );
      claimed();
      if (!claim) return false;
      const key = randomUUID();
      await client.query('BEGIN');
      await client.query('SELECT id FROM call_record WHERE idempotency_key = $1', [key]);
      await client.query(
        'SELECT c.*, l.* FROM claim c JOIN call_list l ON l.id = c.call_list_id WHERE c.id = $1',
        [id],
      );
      const {
        rows: [entry],
      } = await client.query(
        'SELECT id, state, attempts, claim_id, lease_expires_at FROM call_queue_entry WHERE id = $1 FOR UPDATE',
        [claim.queue_entry_id],
      );
      await client.query(
        `INSERT INTO call_record (idempotency_key, claim_id, call_list_id, member_id, volunteer_id, disposition, attempt, created_at)
         VALUES ($1, $2, $3, $4, $5, 'ANSWERED', $6, $7) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [key, id, listId, claim.member_id, userId, entry.attempts + 1, now],
      );
      await client.query(
        `UPDATE call_queue_entry SET state = 'DONE', attempts = $2, last_disposition = 'ANSWERED', last_attempt_at = $3,
                claimed_by_id = NULL, lease_expires_at = NULL WHERE id = $1`,
        [entry.id, entry.attempts + 1, now],
      );
      await client.query('UPDATE claim SET released_at = COALESCE(released_at, $2) WHERE id = $1', [
        id,
        now,
      ]);
      await client.query(
        'UPDATE call_list_volunteer SET current_claim_id = NULL WHERE call_list_id = $1 AND user_id = $2 AND current_claim_id = $3',
        [listId, userId, id],
      );
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

/** A caller through the API: claim, then record the call as answered. */
function apiLoop(base, listId, cookies) {
  const clients = cookies.map((cookie) => graphqlClient(base, cookie));
  return async (caller, claimed) => {
    const graphql = clients[caller];
    const { claimNextContact: claim } = await graphql(CLAIM, { id: listId });
    claimed();
    if (!claim) return false;
    await graphql(RECORD, {
      input: { idempotencyKey: randomUUID(), claimId: claim.id, disposition: 'ANSWERED' },
    });
    return true;
  };
}

async function main() {
  const api = await startApi('queue');
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
    await db.query('BEGIN');
    const plan = (
      await db.query(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${statements.TAKE_NEXT_MEMBER_SQL}`,
        [lists.direct, new Date(), volunteerIds[0], randomUUID(), new Date(Date.now() + 600_000)],
      )
    ).rows.map((row) => `  ${row['QUERY PLAN']}`);
    await db.query('ROLLBACK');

    const pool = new Pool({ connectionString: api.databaseUrl, max: POOL_SIZE });
    const out = [
      `Call queue benchmark: ${MEMBERS.toLocaleString('en-GB')} members per list (seeded in ${(seedMs / 1000).toFixed(1)} s), ${SECONDS} s per run, each loop = claim + record (ANSWERED)`,
    ];
    for (const callers of CALLERS) {
      const direct = await drive(callers, SECONDS, directLoop(pool, lists.direct, volunteerIds));
      const viaApi = await drive(
        callers,
        SECONDS,
        apiLoop(api.base, lists.api, cookies.slice(0, callers)),
      );
      const ratio = viaApi.perSecond / direct.perSecond;
      const l = viaApi.latencies;
      out.push(
        `  N = ${String(callers).padStart(5)}  API ${viaApi.perSecond.toFixed(0).padStart(5)} loops/s   direct SQL (${POOL_SIZE} connections) ${direct.perSecond.toFixed(0).padStart(5)} loops/s   ratio ${ratio.toFixed(2)} (goal ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'})`,
        `            API claim latency p50 ${ms(percentile(l, 50))}  p95 ${ms(percentile(l, 95))}  p99 ${ms(percentile(l, 99))}${callers === 2000 ? `  (goal p99 < 50 ms: ${percentile(l, 99) < 50 ? 'met' : 'NOT met'})` : ''};  direct p99 ${ms(percentile(direct.latencies, 99))}`,
      );
    }
    await pool.end();
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
      `EXPLAIN (ANALYZE) of the claim statement at ${MEMBERS.toLocaleString('en-GB')} queue entries:`,
      ...plan,
    );
    const {
      rows: [{ server_version: pgVersion }],
    } = await db.query('SHOW server_version');
    out.push(machine(pgVersion));
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
