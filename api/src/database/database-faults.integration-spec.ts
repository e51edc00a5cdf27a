import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  CLAIM,
  createList,
  RECORD,
} from '../../test/call-queue-fixture';
import { LiveConnection } from '../../test/live-client';
import { type OwnPostgres, startOwnPostgres } from '../../test/own-postgres';
import {
  type GraphQLResponse,
  startTestApp,
  type TestApp,
  type TestClient,
  type TestReplica,
} from '../../test/test-app';
import { until } from '../../test/until';

const CALLERS = 16;
const MEMBERS = 3000;
/** Outcomes acknowledged after the database is back before the load stops. */
const AFTER_RECOVERY = 3 * CALLERS;
const RETRY_MS = 100;

const CALL_LIST_CHANGED = `subscription($id: ID!) {
  callListChanged(callListId: $id) { id progress { done } }
}`;

interface CallListPush {
  callListChanged: { id: string; progress: { done: number } };
}

interface Claimed {
  id: string;
  member: { id: string };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What the callers saw during one fault: every outcome acknowledged, every error that was not the typed retryable one. */
interface LoadResult {
  /** Idempotency key → the record id the server acknowledged. */
  acknowledged: Map<string, string>;
  /** Keys sent more than once because an attempt failed. */
  retried: Set<string>;
  /** Failures other than DATABASE_UNAVAILABLE: a process not answering, or any other error. */
  unexpected: string[];
  /** Retryable failures answered as DATABASE_UNAVAILABLE. */
  unavailable: number;
  /** When each outcome was acknowledged (ms since the epoch). */
  acknowledgedAt: number[];
  /** From the fault's end (the database answering again) to both processes healthy. */
  healthyAfterMs?: number;
  /** From the fault's end to the first outcome acknowledged after it. */
  recordingAfterMs?: number;
}

function emptyResult(): LoadResult {
  return {
    acknowledged: new Map(),
    retried: new Set(),
    unexpected: [],
    unavailable: 0,
    acknowledgedAt: [],
  };
}

/**
 * The phone's outbox, as it were: an operation sent until the server answers with data,
 * again and again (the same input, so the same idempotency key) while it answers
 * DATABASE_UNAVAILABLE; any other answer fails the test.
 */
async function untilAnswered<T>(
  send: () => Promise<GraphQLResponse<T>>,
  result: LoadResult,
  onRetry: () => void = () => undefined,
): Promise<T> {
  for (;;) {
    let answer: GraphQLResponse<T>;
    try {
      answer = await send();
    } catch (error) {
      // The process is gone (or answered with something other than JSON): no retry helps.
      result.unexpected.push(`no answer: ${(error as Error).message}`);
      throw new Error(`An API process stopped answering: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const [error] = answer.errors ?? [];
    if (!error) return answer.data as T;
    if (error.extensions?.code !== 'DATABASE_UNAVAILABLE' || error.extensions.retryable !== true) {
      // The outbox would set the outcome aside: that call would be lost.
      result.unexpected.push(`${error.extensions?.code}: ${error.message}`);
      throw new Error(`Refused with ${error.extensions?.code}: ${error.message}`);
    }
    result.unavailable += 1;
    onRetry();
    await sleep(RETRY_MS);
  }
}

describe('the API while its database restarts or drops connections, on two processes', () => {
  let server: OwnPostgres;
  let testApp: TestApp;
  let replica: TestReplica;
  let callListId: string;
  let clients: TestClient[];
  let coordinator: TestClient;
  let regionId: string;
  const connections: LiveConnection[] = [];

  beforeAll(async () => {
    // A PostgreSQL of this test's own: the one the other tests share must not restart.
    server = await startOwnPostgres();
    testApp = await startTestApp({ serverUrl: server.url });
    replica = await testApp.replica();
    const arranged = await arrangeQueue(testApp, MEMBERS, 'Faults');
    coordinator = arranged.coordinator.client;
    regionId = arranged.regionId;
    callListId = (await createList(coordinator, arranged.regionId, { leaseMinutes: 10 })).id;
    const volunteers = await Promise.all(
      Array.from({ length: CALLERS }, () => testApp.user(Role.VOLUNTEER, [arranged.regionId])),
    );
    await coordinator.ok(ADD_VOLUNTEERS, {
      id: callListId,
      userIds: volunteers.map((volunteer) => volunteer.id),
    });
    clients = volunteers.map((volunteer, i) =>
      i % 2 === 0 ? volunteer.client : replica.clientAs(volunteer.client),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await testApp?.close();
    await server?.close();
  });

  /**
   * Every caller claims and records (same key until acknowledged) while `fault` runs a
   * second into the load; the load goes on until AFTER_RECOVERY more outcomes are
   * acknowledged once `fault` has resolved.
   */
  async function callThrough(fault: () => Promise<void>): Promise<LoadResult> {
    const result = emptyResult();
    let recovered: number | undefined;
    let stop = false;
    let n = 0;
    const callers = clients.map(async (client, caller) => {
      while (!stop) {
        const { claimNextContact: held } = await untilAnswered(
          () => client.graphql<{ claimNextContact: Claimed | null }>(CLAIM, { id: callListId }),
          result,
        );
        if (!held) throw new Error('The list ran out of members: raise MEMBERS.');
        n += 1;
        const input = {
          idempotencyKey: `fault-${caller}-${n}-${held.id.slice(0, 8)}`,
          claimId: held.id,
          memberId: held.member.id,
          callListId,
          disposition: n % 3 === 0 ? 'NO_ANSWER' : 'ANSWERED',
        };
        const { recordCallOutcome } = await untilAnswered(
          () => client.graphql<{ recordCallOutcome: { id: string } }>(RECORD, { input }),
          result,
          () => result.retried.add(input.idempotencyKey),
        );
        result.acknowledged.set(input.idempotencyKey, recordCallOutcome.id);
        result.acknowledgedAt.push(Date.now());
        if (recovered !== undefined && result.acknowledged.size >= recovered + AFTER_RECOVERY)
          stop = true;
      }
    });
    const faulted = (async () => {
      await sleep(1000);
      await fault();
      const answering = Date.now();
      recovered = result.acknowledged.size;
      result.healthyAfterMs = await timeToServe(answering);
      await until(async () => result.acknowledged.size > (recovered ?? 0), 'an outcome recorded');
      const first = result.acknowledgedAt.find((at) => at >= answering);
      if (first !== undefined) result.recordingAfterMs = first - answering;
    })();
    // The fault always runs to its end (the database started again), whatever the callers met.
    const [failed] = (
      await Promise.allSettled(
        [...callers, faulted].map((running) =>
          running.catch((error: unknown) => {
            stop = true;
            throw error;
          }),
        ),
      )
    ).flatMap((settled) => (settled.status === 'rejected' ? [settled.reason as Error] : []));
    if (failed) throw new Error(`${failed.message}\n${processesDown()}`);
    return result;
  }

  /** Which API process exited, with the end of its log. */
  function processesDown(): string {
    return [
      { name: 'the first process', running: testApp.running(), log: testApp.log() },
      { name: 'the second process', running: replica.running(), log: replica.log() },
    ]
      .filter((process) => !process.running)
      .map((process) => `${process.name} exited; its log ends:\n${process.log.slice(-1500)}`)
      .join('\n');
  }

  /** How long after `since` both processes answer /health with 200 and a claim is served. */
  async function timeToServe(since: number): Promise<number> {
    await until(async () => {
      const answers = await Promise.all(
        [testApp.baseUrl, replica.baseUrl].map((url) =>
          fetch(`${url}/health`).then(
            (response) => response.ok,
            () => false,
          ),
        ),
      );
      return answers.every(Boolean);
    }, 'both processes to be healthy');
    return Date.now() - since;
  }

  /** Every acknowledged outcome is in the database once, under its own key, and nothing else of the load is. */
  async function expectRecordedOnce(result: LoadResult): Promise<void> {
    const keys = [...result.acknowledged.keys()];
    const rows = await testApp.sql<{ idempotency_key: string; id: string }>(
      `SELECT idempotency_key, id FROM call_record WHERE idempotency_key = ANY($1)`,
      [keys],
    );
    expect(rows).toHaveLength(keys.length);
    for (const row of rows) expect(result.acknowledged.get(row.idempotency_key)).toBe(row.id);
    const [{ twice }] = await testApp.sql<{ twice: number }>(
      `SELECT count(*)::int AS twice FROM (SELECT claim_id FROM call_record GROUP BY claim_id HAVING count(*) > 1) c`,
    );
    expect(twice).toBe(0);
  }

  /** A coordinator watching the list on each process gets a push for a call recorded now. */
  async function expectLiveUpdates(): Promise<void> {
    const watchers = [testApp.baseUrl, replica.baseUrl].map((url) => {
      const live = new LiveConnection(url, coordinator.cookie);
      connections.push(live);
      return live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    });
    const before = await Promise.all(watchers.map((watching) => watching.until(() => true)));
    const done = before[0].callListChanged.progress.done;
    const result = emptyResult();
    const held = (
      await untilAnswered(
        () => clients[0].graphql<{ claimNextContact: Claimed }>(CLAIM, { id: callListId }),
        result,
      )
    ).claimNextContact;
    await untilAnswered(
      () =>
        clients[0].graphql(RECORD, {
          input: { idempotencyKey: `live-${held.id}`, claimId: held.id, disposition: 'ANSWERED' },
        }),
      result,
    );
    await Promise.all(
      watchers.map((watching) =>
        watching.until(
          (push) => push.callListChanged.progress.done > done,
          'a push for the call recorded after the fault',
        ),
      ),
    );
    for (const watching of watchers) watching.stop();
  }

  /** The figures the issue asks for, on the test's output. */
  async function report(what: string, result: LoadResult): Promise<void> {
    // Claims the crash lost whose calls were recorded all the same (put back as holds of no length).
    const [{ restored }] = await testApp.sql<{ restored: number }>(
      `SELECT count(*)::int AS restored FROM call_record r JOIN claim c ON c.id = r.claim_id
        WHERE r.idempotency_key = ANY($1) AND c.claimed_at = c.released_at AND c.claimed_at = c.lease_expires_at`,
      [[...result.acknowledged.keys()]],
    );
    process.stdout.write(
      `${what}: ${result.acknowledged.size} outcomes acknowledged, ${result.retried.size} of them retried, ` +
        `${result.unavailable} DATABASE_UNAVAILABLE answers, ${restored} recorded for a claim the crash lost; after the database answered: ` +
        `both processes healthy in ${result.healthyAfterMs} ms, first outcome recorded in ${result.recordingAfterMs} ms\n`,
    );
  }

  it('survives an immediate stop and start of PostgreSQL under load: both processes stay up, every outcome is recorded once, live updates resume', async () => {
    let download: { status: number; retryAfter: string | null; body: unknown } | undefined;
    const result = await callThrough(async () => {
      await server.stopImmediately();
      // An HTTP route, meanwhile, answers 503 with the same typed error.
      const response = await fetch(
        `${testApp.baseUrl}/api/exports/pledges.csv?regionId=${regionId}`,
        {
          headers: { cookie: coordinator.cookie ?? '' },
        },
      );
      download = {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: await response.json(),
      };
      await sleep(500);
      await server.start();
    });
    await report('restart', result);
    expect(download).toEqual({
      status: 503,
      retryAfter: '1',
      body: { code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/try again/) },
    });
    expect({ first: testApp.running(), second: replica.running() }).toEqual({
      first: true,
      second: true,
    });
    expect(result.unexpected).toEqual([]);
    expect(result.unavailable).toBeGreaterThan(0);
    expect(result.retried.size).toBeGreaterThan(0);
    await expectRecordedOnce(result);
    await expectLiveUpdates();
  }, 180_000);

  it('survives every backend of its database being terminated under load, the listening connections included', async () => {
    const result = await callThrough(async () => {
      for (let round = 0; round < 3; round += 1) {
        await testApp.sql(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        await sleep(200);
      }
    });
    await report('terminate', result);
    expect({ first: testApp.running(), second: replica.running() }).toEqual({
      first: true,
      second: true,
    });
    expect(result.unexpected).toEqual([]);
    await expectRecordedOnce(result);
    await expectLiveUpdates();
  }, 180_000);
});
