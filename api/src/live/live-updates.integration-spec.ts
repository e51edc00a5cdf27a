import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  claim,
  createList,
  type QueueArrangement,
  record,
} from '../../test/call-queue-fixture';
import { LiveConnection } from '../../test/live-client';
import {
  startTestApp,
  TestClient,
  type TestApp,
  type TestReplica,
  type TestUser,
} from '../../test/test-app';

const CALL_LIST_CHANGED = `subscription($id: ID!) {
  callListChanged(callListId: $id) { id name size remaining progress { done held } }
}`;

interface CallListPush {
  callListChanged: {
    id: string;
    name: string;
    size: number;
    remaining: number;
    progress: { done: number; held: number };
  };
}

const REGION_TALLY_CHANGED = `subscription($id: ID!) {
  regionTallyChanged(regionId: $id) { region { id } called reached }
}`;

interface RegionTallyPush {
  regionTallyChanged: { region: { id: string }; called: number; reached: number };
}

const MEMBERS = 6;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('live updates across two API processes', () => {
  let testApp: TestApp;
  let replica: TestReplica;
  let arranged: QueueArrangement;
  let callListId: string;
  let otherCoordinator: TestUser;
  const connections: LiveConnection[] = [];

  const connect = (baseUrl: string, client: TestClient | undefined, origin?: string) => {
    const connection = new LiveConnection(baseUrl, client?.cookie, origin);
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    replica = await testApp.replica();
    arranged = await arrangeQueue(testApp, MEMBERS, 'Live');
    callListId = (await createList(arranged.coordinator.client, arranged.regionId)).id;
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: callListId,
      userIds: [arranged.volunteer.id],
    });
    otherCoordinator = await testApp.user(Role.COORDINATOR, [arranged.otherRegionId]);
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await testApp.close();
  });

  it('shows a coordinator watching on one process a call recorded through the other', async () => {
    const live = connect(replica.baseUrl, arranged.coordinator.client);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    const now = await watching.until(() => true, 'the list as it stands');
    expect(now.callListChanged).toMatchObject({ id: callListId, size: MEMBERS });
    const doneBefore = now.callListChanged.progress.done;

    const held = await claim(arranged.volunteer.client, callListId);
    if (!held) throw new Error('nobody to call');
    await record(arranged.volunteer.client, held.id, 'ANSWERED');

    const after = await watching.until(
      (push) => push.callListChanged.progress.done === doneBefore + 1,
      'the recorded call',
    );
    expect(after.callListChanged).toMatchObject({
      size: MEMBERS,
      remaining: now.callListChanged.remaining - 1,
    });
    watching.stop();
  });

  it('turns a burst of changes into a few pushes, the last change always among them', async () => {
    const onA = connect(testApp.baseUrl, arranged.coordinator.client);
    const onB = connect(replica.baseUrl, arranged.coordinator.client);
    const watchers = [onA, onB].map((live) =>
      live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId }),
    );
    await Promise.all(watchers.map((watching) => watching.until(() => true, 'the list')));
    const before = watchers.map((watching) => watching.pushes.length);

    const notifications = 50;
    for (let i = 0; i < notifications; i += 1)
      await testApp.sql(`SELECT pg_notify('phonebank_call_list_activity', $1)`, [callListId]);
    await testApp.sql(`UPDATE call_list SET name = 'Renamed in a burst' WHERE id = $1`, [
      callListId,
    ]);
    await testApp.sql(`SELECT pg_notify('phonebank_call_list_activity', $1)`, [callListId]);

    for (const watching of watchers)
      await watching.until((push) => push.callListChanged.name === 'Renamed in a burst');
    // Anything still on its way would come within two windows.
    await sleep(1_000);
    for (const [i, watching] of watchers.entries()) {
      const pushes = watching.pushes.length - before[i];
      expect(pushes).toBeGreaterThanOrEqual(1);
      expect(pushes).toBeLessThan(notifications / 5);
      expect(watching.pushes.at(-1)?.callListChanged.name).toBe('Renamed in a burst');
    }
  });

  it('refuses a connection without a session, saying why', async () => {
    const live = connect(replica.baseUrl, undefined);
    expect(await live.closed()).toEqual({
      code: 4401,
      reason: expect.stringMatching(/sign in/i) as string,
    });
  });

  it('refuses a connection with a forged session cookie', async () => {
    const forger = new TestClient(replica.baseUrl);
    forger.cookie = 'pb_session=forged-token-that-was-never-issued-by-the-server';
    expect((await connect(replica.baseUrl, forger).closed()).code).toBe(4401);
  });

  it('refuses a connection opened by a page of another site', async () => {
    const live = connect(testApp.baseUrl, arranged.coordinator.client, 'https://elsewhere.example');
    expect(await live.closed()).toEqual({
      code: 4403,
      reason: expect.stringMatching(/this site/) as string,
    });
  });

  it('accepts a connection from a page of this site', async () => {
    const live = connect(testApp.baseUrl, arranged.coordinator.client, testApp.baseUrl);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    await watching.until(() => true, 'the list');
    watching.stop();
  });

  it('refuses a coordinator of another region with FORBIDDEN', async () => {
    const live = connect(replica.baseUrl, otherCoordinator.client);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    expect((await watching.firstError()).extensions?.code).toBe('FORBIDDEN');
    expect(watching.pushes).toEqual([]);
  });

  it('lets a volunteer watch a list they were added to, and no other', async () => {
    const live = connect(replica.baseUrl, arranged.volunteer.client);
    const onTheirs = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    await onTheirs.until(() => true, 'their list');
    onTheirs.stop();

    const otherList = await createList(arranged.coordinator.client, arranged.regionId);
    const onOther = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: otherList.id });
    expect((await onOther.firstError()).extensions?.code).toBe('FORBIDDEN');
  });

  it('says NOT_FOUND for a list that does not exist', async () => {
    const live = connect(replica.baseUrl, arranged.coordinator.client);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, {
      id: '6a1f7c0e-1111-4222-8333-444455556666',
    });
    expect((await watching.firstError()).extensions?.code).toBe('NOT_FOUND');
  });

  it('carries subscriptions only: queries and mutations go by POST', async () => {
    const live = connect(replica.baseUrl, arranged.coordinator.client);
    const query = live.subscribe('{ me { id } }');
    expect((await query.firstError()).extensions?.code).toBe('BAD_USER_INPUT');
    const mutation = live.subscribe('mutation { logout }');
    expect((await mutation.firstError()).message).toMatch(/POST \/graphql/);
  });

  it('stops pushing to a subscriber whose session was signed out, and closes their socket', async () => {
    const session = await new TestClient(testApp.baseUrl).signIn(
      arranged.coordinator.email,
      arranged.coordinator.password,
    );
    const live = connect(replica.baseUrl, session);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    const now = await watching.until(() => true, 'the list');
    // A second watcher on the same process, still signed in, shows the change went out.
    const stillSignedIn = connect(
      replica.baseUrl,
      arranged.coordinator.client,
    ).subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    await stillSignedIn.until(() => true, 'the list');

    await session.ok('mutation { logout }');
    const held = await claim(arranged.volunteer.client, callListId);
    if (!held) throw new Error('nobody to call');
    await record(arranged.volunteer.client, held.id, 'REFUSED');
    const done = now.callListChanged.progress.done + 1;
    await stillSignedIn.until((push) => push.callListChanged.progress.done === done);

    expect(await live.closed()).toEqual({
      code: 4401,
      reason: expect.stringMatching(/session has ended/) as string,
    });
    expect(watching.pushes.map((push) => push.callListChanged.progress.done)).not.toContain(done);
    stillSignedIn.stop();
  });

  it('shows a coordinator watching a region on one process a call recorded through the other', async () => {
    const live = connect(replica.baseUrl, arranged.coordinator.client);
    const watching = live.subscribe<RegionTallyPush>(REGION_TALLY_CHANGED, {
      id: arranged.regionId,
    });
    const now = await watching.until(() => true, 'the tally as it stands');
    expect(now.regionTallyChanged.region.id).toBe(arranged.regionId);

    const held = await claim(arranged.volunteer.client, callListId);
    if (!held) throw new Error('nobody to call');
    await record(arranged.volunteer.client, held.id, 'ANSWERED');

    const after = await watching.until(
      (push) => push.regionTallyChanged.reached === now.regionTallyChanged.reached + 1,
      'the recorded call in the tally',
    );
    expect(after.regionTallyChanged.called).toBe(now.regionTallyChanged.called + 1);
    watching.stop();
  });

  it("refuses a region's tally to a coordinator of another region and to volunteers", async () => {
    for (const client of [otherCoordinator.client, arranged.volunteer.client]) {
      const watching = connect(replica.baseUrl, client).subscribe<RegionTallyPush>(
        REGION_TALLY_CHANGED,
        { id: arranged.regionId },
      );
      expect((await watching.firstError()).extensions?.code).toBe('FORBIDDEN');
      expect(watching.pushes).toEqual([]);
    }
  });

  it('lets an admin watch any region', async () => {
    const watching = connect(replica.baseUrl, testApp.admin.client).subscribe<RegionTallyPush>(
      REGION_TALLY_CHANGED,
      { id: arranged.otherRegionId },
    );
    const now = await watching.until(() => true, 'the tally');
    expect(now.regionTallyChanged.region.id).toBe(arranged.otherRegionId);
    watching.stop();
  });

  it('shows a member held by a claim within seconds, though a claim notifies nobody', async () => {
    const live = connect(replica.baseUrl, arranged.coordinator.client);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    const now = await watching.until(() => true, 'the list');
    const heldBefore = now.callListChanged.progress.held;

    const held = await claim(arranged.volunteer.client, callListId);
    if (!held) throw new Error('nobody to call');
    await watching.until(
      (push) => push.callListChanged.progress.held === heldBefore + 1,
      'the held member',
    );
    await record(arranged.volunteer.client, held.id, 'REFUSED');
    watching.stop();
  });

  it('stops a coordinator taken off the region with FORBIDDEN, at the next change', async () => {
    const coordinator = await testApp.user(Role.COORDINATOR, [arranged.regionId]);
    const live = connect(replica.baseUrl, coordinator.client);
    const onList = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    const onTally = live.subscribe<RegionTallyPush>(REGION_TALLY_CHANGED, {
      id: arranged.regionId,
    });
    await onList.until(() => true, 'the list');
    await onTally.until(() => true, 'the tally');

    await testApp.admin.client.ok(
      'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id: coordinator.id, regionIds: [arranged.otherRegionId] } },
    );
    const pushesBefore = [onList.pushes.length, onTally.pushes.length];
    const held = await claim(arranged.volunteer.client, callListId);
    if (!held) throw new Error('nobody to call');
    await record(arranged.volunteer.client, held.id, 'ANSWERED');

    for (const watching of [onList, onTally])
      expect((await watching.firstError()).extensions?.code).toBe('FORBIDDEN');
    expect([onList.pushes.length, onTally.pushes.length]).toEqual(pushesBefore);
    await sleep(200); // the end follows the error
    expect(onList.completed && onTally.completed).toBe(true);
    // Signed in still: only what they may no longer see was stopped.
    expect(live.closedWith).toBeUndefined();
  });

  it('stops a volunteer taken off the list with FORBIDDEN', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: callListId,
      userIds: [volunteer.id],
    });
    const watching = connect(replica.baseUrl, volunteer.client).subscribe<CallListPush>(
      CALL_LIST_CHANGED,
      { id: callListId },
    );
    await watching.until(() => true, 'the list');

    await arranged.coordinator.client.ok(
      'mutation($id: ID!, $userId: ID!) { removeVolunteerFromCallList(callListId: $id, userId: $userId) { id } }',
      { id: callListId, userId: volunteer.id },
    );
    await testApp.sql(`SELECT pg_notify('phonebank_call_list_activity', $1)`, [callListId]);
    expect((await watching.firstError()).extensions?.code).toBe('FORBIDDEN');
  });

  it('listens again after its PostgreSQL connection drops, and catches up', async () => {
    const live = connect(testApp.baseUrl, arranged.coordinator.client);
    const watching = live.subscribe<CallListPush>(CALL_LIST_CHANGED, { id: callListId });
    await watching.until(() => true, 'the list');

    // Changed as the listening connection is cut, committed before it can reconnect: no
    // notification will ever say so, the catch-up after reconnecting must.
    await testApp.sql(
      `BEGIN;
       UPDATE call_list SET name = 'Renamed while deaf' WHERE id = '${callListId}';
       SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'phonebank-notifications' AND datname = current_database();
       COMMIT;`,
    );
    await watching.until(
      (push) => push.callListChanged.name === 'Renamed while deaf',
      'the catch-up push after reconnecting',
    );
    expect(testApp.log()).toMatch(/Notifications: the connection dropped.*connecting again in/);
    expect(testApp.log()).toMatch(/Listening again; whatever changed meanwhile is refreshed/);

    await testApp.sql(`UPDATE call_list SET name = 'Renamed after' WHERE id = $1`, [callListId]);
    await testApp.sql(`SELECT pg_notify('phonebank_call_list_activity', $1)`, [callListId]);
    await watching.until((push) => push.callListChanged.name === 'Renamed after');
  });
});
