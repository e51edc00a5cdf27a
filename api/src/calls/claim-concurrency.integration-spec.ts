import { Role } from '@phonebank/domain';
import { Client } from 'pg';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  claim,
  createList,
  type QueueArrangement,
  record,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestClient, type TestReplica } from '../../test/test-app';
import { until } from '../../test/until';

const CLAIMERS = 100;
/** The API's pool (DATABASE_POOL_SIZE), which recordings fill in the last test. */
const POOL_SIZE = 10;
const MEMBERS = 400;
const START = new Date('2026-12-01T12:00:00Z');

/** What a caller does with the n-th member they get: most calls end, some come back, some are walked away from. */
function outcomeFor(n: number): 'ANSWERED' | 'NO_ANSWER' | 'WALK_AWAY' {
  if (n % 7 === 3) return 'WALK_AWAY';
  return n % 3 === 0 ? 'NO_ANSWER' : 'ANSWERED';
}

describe('claiming under load, across two API processes', () => {
  let testApp: TestApp;
  let replica: TestReplica;
  let callListId: string;
  let clients: TestClient[];
  let arranged: QueueArrangement;

  beforeAll(async () => {
    testApp = await startTestApp({ environment: { DATABASE_POOL_SIZE: String(POOL_SIZE) } });
    testApp.setClock(START);
    replica = await testApp.replica();
    arranged = await arrangeQueue(testApp, MEMBERS, 'Concurrency');
    callListId = (
      await createList(arranged.coordinator.client, arranged.regionId, { leaseMinutes: 10 })
    ).id;
    const volunteers = [];
    for (let i = 0; i < CLAIMERS; i += 10)
      volunteers.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, () => testApp.user(Role.VOLUNTEER, [arranged.regionId])),
        )),
      );
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: callListId,
      userIds: volunteers.map((volunteer) => volunteer.id),
    });
    // Half the callers talk to the first process, half to the second.
    clients = volunteers.map((volunteer, i) =>
      i % 2 === 0 ? volunteer.client : replica.clientAs(volunteer.client),
    );
  });
  afterAll(() => testApp.close());

  /** Every caller claims and records until nothing is due; returns the members each round reached. */
  async function callUntilEmpty(): Promise<{ reached: string[]; comeBack: Set<string> }> {
    const reached: string[] = [];
    const comeBack = new Set<string>();
    let n = 0;
    await Promise.all(
      clients.map(async (client) => {
        for (;;) {
          const held = await claim(client, callListId);
          if (!held) return;
          reached.push(held.member.id);
          const outcome = outcomeFor(n++);
          if (outcome === 'WALK_AWAY') {
            // The volunteer closes the tab: their hold ends only when the lease runs out.
            comeBack.add(held.member.id);
            return;
          }
          if (outcome === 'NO_ANSWER') comeBack.add(held.member.id);
          await record(client, held.id, outcome);
        }
      }),
    );
    return { reached, comeBack };
  }

  async function overlappingHolds(): Promise<number> {
    const [{ overlaps }] = await testApp.sql<{ overlaps: number }>(
      `SELECT count(*)::int AS overlaps
         FROM claim a JOIN claim b ON a.member_id = b.member_id AND a.id < b.id
        WHERE tstzrange(a.claimed_at, LEAST(a.lease_expires_at, COALESCE(a.released_at, 'infinity')), '[]')
           && tstzrange(b.claimed_at, LEAST(b.lease_expires_at, COALESCE(b.released_at, 'infinity')), '[]')`,
    );
    return overlaps;
  }

  it('never gives one member to two volunteers at once, and reaches every member once per due attempt', async () => {
    const first = await callUntilEmpty();
    expect(await overlappingHolds()).toBe(0);
    expect(first.reached).toHaveLength(MEMBERS);
    expect(new Set(first.reached).size).toBe(MEMBERS);

    // Four hours on: the unanswered are due again and the walked-away leases have run out.
    testApp.setClock(new Date(START.getTime() + 4 * 3_600_000));
    const second = await callUntilEmpty();
    expect(await overlappingHolds()).toBe(0);
    expect(second.reached.length).toBeGreaterThan(0);
    expect([...second.reached].sort()).toEqual([...first.comeBack].sort());
  });

  it('holds one member per volunteer and list, however many claims they send at once', async () => {
    const { coordinator, regionId } = arranged;
    const list = await createList(coordinator.client, regionId, { leaseMinutes: 10 });
    const volunteer = await testApp.user(Role.VOLUNTEER, [regionId]);
    await coordinator.client.ok(ADD_VOLUNTEERS, { id: list.id, userIds: [volunteer.id] });
    const onReplica = replica.clientAs(volunteer.client);
    const held = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        claim(i % 2 === 0 ? volunteer.client : onReplica, list.id),
      ),
    );
    const claimIds = new Set(held.map((one) => one?.id));
    expect(claimIds.size).toBe(1);
    expect(claimIds.has(undefined)).toBe(false);
    const [{ claims }] = await testApp.sql<{ claims: number }>(
      'SELECT count(*)::int AS claims FROM claim WHERE call_list_id = $1',
      [list.id],
    );
    expect(claims).toBe(1);
  });

  it('gives the next member at once while every connection of the pool waits to record a call', async () => {
    const { coordinator, regionId } = arranged;
    const list = await createList(coordinator.client, regionId, { leaseMinutes: 10 });
    // More callers recording than the API's pool has connections, and one more to claim.
    const callers = await Promise.all(
      Array.from({ length: POOL_SIZE + 2 }, () => testApp.user(Role.VOLUNTEER, [regionId])),
    );
    const next = await testApp.user(Role.VOLUNTEER, [regionId]);
    await coordinator.client.ok(ADD_VOLUNTEERS, {
      id: list.id,
      userIds: [...callers, next].map((volunteer) => volunteer.id),
    });
    const held = await Promise.all(
      callers.map(async (caller) => (await claim(caller.client, list.id))?.id),
    );
    expect(held).not.toContain(undefined);
    await next.client.ok('{ me { id } }');
    // The disk stalls, as it were: no call can be written until the locker lets go.
    const locker = new Client({ connectionString: testApp.databaseUrl });
    await locker.connect();
    const waitingToRecord = async () => {
      const [{ waiting }] = await testApp.sql<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE application_name = 'phonebank' AND wait_event_type = 'Lock'
            AND query LIKE '%INSERT INTO call_record%'`,
      );
      return waiting;
    };
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE call_record IN SHARE MODE');
      const recorded = held.map((id, i) => record(callers[i].client, id as string, 'ANSWERED'));
      await until(
        async () => (await waitingToRecord()) === POOL_SIZE,
        'the pool to fill with recordings',
      );
      let timer: NodeJS.Timeout | undefined;
      const claimed = await Promise.race([
        claim(next.client, list.id),
        new Promise<'waited'>((done) => (timer = setTimeout(() => done('waited'), 15_000))),
      ]).finally(() => clearTimeout(timer));
      expect(claimed).not.toBe('waited');
      expect(claimed).toMatchObject({ member: { id: expect.any(String) } });
      expect(await waitingToRecord()).toBe(POOL_SIZE);
      await locker.query('ROLLBACK');
      expect(await Promise.all(recorded)).toHaveLength(callers.length);
    } finally {
      await locker.end();
    }
  });
});
