// Live updates benchmark (`npm run bench -- live`, after `npx nx run api:build`). Two API
// processes on one PostgreSQL, as two replicas would be. Volunteers record calls through the
// first at a steady rate while coordinators' sockets watch the list (callListChanged) on both.
// Prints the time from a recorded call's answer to the push that shows it on each process,
// p50/p95/max (goal p95 < 1 s on every replica), pushes per watcher against calls recorded
// (the coalescing), and the floor measured in the same run: PostgreSQL's own NOTIFY → LISTEN
// latency between two connections. Not a test: it measures.
import { machine, require, startApi, startReplica } from './_api.mjs';

const { Client } = require('pg');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SECONDS = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 15);
const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 20);
const CALLS_PER_SECOND = Number(process.env.BENCH_CALLS_PER_SECOND ?? 40);
const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 100); // per process

const CLAIM = `mutation($id: ID!) { claimNextContact(callListId: $id) { id } }`;
const RECORD = `mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id } }`;
const WATCH = `subscription($id: ID!) { callListChanged(callListId: $id) { remaining progress { done } } }`;

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const pause = (ms) => new Promise((done) => setTimeout(done, ms));
const now = () => performance.now();

async function graphql(base, cookie, query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, setCookie: response.headers.get('set-cookie') };
}

/** A socket watching the list; remembers when each push came and how many calls it showed. */
function watch(base, cookie, callListId) {
  class SocketWithCookie extends WebSocket {
    constructor(url, protocols) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const pushes = [];
  const client = createClient({
    url: `${base.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: SocketWithCookie,
    retryAttempts: 0,
  });
  let first;
  const ready = new Promise((done) => (first = done));
  client.subscribe(
    { query: WATCH, variables: { id: callListId } },
    {
      next: ({ data, errors }) => {
        if (errors) throw new Error(JSON.stringify(errors));
        pushes.push({ at: now(), done: data.callListChanged.progress.done });
        first();
      },
      error: (error) => console.error('watcher error', error),
      complete: () => undefined,
    },
  );
  return { pushes, ready, close: () => client.dispose() };
}

/** PostgreSQL's own floor: NOTIFY on one connection to the notification on another. */
async function notifyFloor(databaseUrl) {
  const listener = new Client({ connectionString: databaseUrl });
  const notifier = new Client({ connectionString: databaseUrl });
  await Promise.all([listener.connect(), notifier.connect()]);
  await listener.query('LISTEN bench_floor');
  const samples = [];
  for (let i = 0; i < 200; i += 1) {
    const arrived = new Promise((done) => listener.once('notification', done));
    const sent = now();
    await notifier.query(`NOTIFY bench_floor, '${i}'`);
    await arrived;
    samples.push(now() - sent);
  }
  await Promise.all([listener.end(), notifier.end()]);
  return samples.sort((a, b) => a - b);
}

async function main() {
  const api = await startApi('live');
  const replica = await startReplica(api);
  const db = new Client({ connectionString: api.databaseUrl });
  const watchers = [];
  try {
    await db.connect();
    const pg = (await db.query('SHOW server_version')).rows[0].server_version;
    const { createElection } = await api.graphql(
      'mutation { createElection(input: { name: "Live benchmark", rule: SCOTTISH }) { id } }',
    );
    const { createRegion } = await api.graphql(
      'mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 6 }) { id } }',
      { id: createElection.id },
    );
    const regionId = createRegion.id;
    await db.query(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
       SELECT $1, 'M' || lpad(i::text, 8, '0'), 'First' || i, 'Last' || i, '+447' || lpad((700000000 + i)::text, 9, '0'), 'MOBILE', $2
         FROM generate_series(1, $3::int) AS i`,
      [createElection.id, regionId, MEMBERS],
    );
    const { createCallList } = await api.graphql(
      `mutation($input: CreateCallListInput!) { createCallList(input: $input) { id } }`,
      { input: { name: 'Live bench', regionId, callingHours: { from: '00:00', to: '23:59' } } },
    );
    const callListId = createCallList.id;
    const volunteers = [];
    for (let i = 0; i < VOLUNTEERS; i += 1) {
      const email = `live-volunteer-${i}@bench.example`;
      const password = 'bench-volunteer-123456';
      const { createUser } = await api.graphql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            email,
            password,
            name: `Volunteer ${i}`,
            role: 'VOLUNTEER',
            regionIds: [regionId],
          },
        },
      );
      const { setCookie } = await graphql(
        api.base,
        '',
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
        { email, password },
      );
      volunteers.push({ id: createUser.id, cookie: setCookie.split(';')[0] });
    }
    await api.graphql(
      `mutation($id: ID!, $ids: [ID!]!) { addVolunteersToCallList(callListId: $id, userIds: $ids) { id } }`,
      { id: callListId, ids: volunteers.map((volunteer) => volunteer.id) },
    );
    await db.query('VACUUM ANALYZE');

    const cookie = api.graphql.cookie();
    for (const [name, base] of [
      ['A', api.base],
      ['B', replica.base],
    ]) {
      for (let i = 0; i < WATCHERS; i += 1)
        watchers.push({ name, ...watch(base, cookie, callListId) });
    }
    await Promise.all(watchers.map((watcher) => watcher.ready));

    // Volunteers record through process A, paced to CALLS_PER_SECOND in all.
    const recorded = []; // { at, n }: the n-th call whose answer came back, and when
    let answered = 0;
    let keys = 0;
    const interval = (1000 * VOLUNTEERS) / CALLS_PER_SECOND;
    const started = now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(
      volunteers.map(async ({ cookie: volunteerCookie }, v) => {
        await pause((v * interval) / VOLUNTEERS);
        while (now() < deadline) {
          const loopStart = now();
          const { data } = await graphql(api.base, volunteerCookie, CLAIM, { id: callListId });
          if (!data.claimNextContact) break;
          keys += 1;
          await graphql(api.base, volunteerCookie, RECORD, {
            input: {
              idempotencyKey: `live-bench-${process.pid}-${keys}`,
              claimId: data.claimNextContact.id,
              disposition: 'ANSWERED',
            },
          });
          answered += 1;
          recorded.push({ at: now(), n: answered });
          await pause(Math.max(0, interval - (now() - loopStart)));
        }
      }),
    );
    const elapsed = (now() - started) / 1000;
    await pause(1500); // the last pushes
    const floor = await notifyFloor(api.databaseUrl);

    const out = [
      `Live updates benchmark: a list of ${MEMBERS.toLocaleString('en-GB')} members; ${VOLUNTEERS} volunteers recorded ${answered} calls through process A in ${elapsed.toFixed(1)} s (${(answered / elapsed).toFixed(0)}/s); ${WATCHERS} sockets watched callListChanged on each of processes A and B`,
    ];
    for (const name of ['A', 'B']) {
      const latencies = [];
      let pushes = 0;
      let missed = 0;
      for (const watcher of watchers.filter((w) => w.name === name)) {
        pushes += watcher.pushes.length - 1;
        for (const { at, n } of recorded) {
          const shown = watcher.pushes.find((push) => push.at >= at && push.done >= n);
          if (shown) latencies.push(shown.at - at);
          else missed += 1;
        }
      }
      latencies.sort((a, b) => a - b);
      const p95 = percentile(latencies, 95);
      out.push(
        `  process ${name}: recorded call → push on screen p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms (goal p95 < 1,000 ms: ${p95 < 1000 && missed === 0 ? 'met' : 'NOT met'}); calls never shown: ${missed}; ${(pushes / WATCHERS / elapsed).toFixed(1)} pushes per socket per second for ${(answered / elapsed).toFixed(0)} calls per second`,
      );
    }
    out.push(
      `  floor: PostgreSQL NOTIFY → LISTEN between two connections p50 ${percentile(floor, 50).toFixed(2)} ms, p95 ${percentile(floor, 95).toFixed(2)} ms; the rest is the 400 ms coalescing window (by design) and the count`,
      `  ${machine(pg)}`,
    );
    console.log(out.join('\n'));
  } finally {
    await Promise.all(watchers.map((watcher) => watcher.close()));
    await db.end().catch(() => undefined);
    await replica.stop();
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
