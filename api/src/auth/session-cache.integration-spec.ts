import { Role } from '@phonebank/domain';
import { Client } from 'pg';

import { arrangeQueue } from '../../test/call-queue-fixture';
import {
  type GraphQLResponse,
  startTestApp,
  type TestApp,
  type TestClient,
  type TestReplica,
} from '../../test/test-app';

const ME = `{ me { id role regions { id name } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;
const REGION_TALLY = `query($id: ID!) { regionTally(regionId: $id) { members } }`;

interface Me {
  me: { id: string; role: string; regions: { id: string; name: string }[] } | null;
}

/**
 * What a replica answers `query` with, asked again until `expected` holds: a change made
 * elsewhere reaches a replica's memory by a database notification, a few milliseconds
 * later. Without one (the session kept for a minute) this gives up and fails.
 */
async function answersWithin<T>(
  client: TestClient,
  query: string,
  variables: Record<string, unknown>,
  expected: (answer: GraphQLResponse<T>) => boolean,
): Promise<void> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const answer = await client.graphql<T>(query, variables);
    if (expected(answer)) return;
    if (Date.now() > deadline)
      throw new Error(`Still answered ${JSON.stringify(answer)} after 3 s.`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

const signedOut = (answer: GraphQLResponse<Me>) => answer.data?.me === null;

describe('sessions kept in memory, across two API processes', () => {
  let testApp: TestApp;
  let replica: TestReplica;
  let regionId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    replica = await testApp.replica();
    ({ regionId } = await arrangeQueue(testApp, 0, 'Sessions'));
  });
  afterAll(() => testApp.close());

  /** A user of `role`, signed in, whose session the replica has just used (so keeps). */
  async function userKeptByReplica(role: Role, regionIds: string[] = []) {
    const user = await testApp.user(role, regionIds);
    const onReplica = replica.clientAs(user.client);
    expect((await onReplica.ok<Me>(ME)).me?.id).toBe(user.id);
    return { ...user, onReplica };
  }

  it('refuses on one replica a session signed out on the other', async () => {
    const volunteer = await userKeptByReplica(Role.VOLUNTEER);
    await volunteer.client.ok(`mutation { logout }`);
    await answersWithin<Me>(volunteer.onReplica, ME, {}, signedOut);
  });

  it('refuses a user an admin disabled on the other replica', async () => {
    const volunteer = await userKeptByReplica(Role.VOLUNTEER);
    await testApp.admin.client.ok(UPDATE_USER, { input: { id: volunteer.id, disabled: true } });
    await answersWithin<Me>(volunteer.onReplica, ME, {}, signedOut);
  });

  it('takes a region from a coordinator on both replicas', async () => {
    const coordinator = await userKeptByReplica(Role.COORDINATOR, [regionId]);
    await coordinator.onReplica.ok(REGION_TALLY, { id: regionId });
    await testApp.admin.client.ok(UPDATE_USER, {
      input: { id: coordinator.id, role: 'VOLUNTEER', regionIds: [] },
    });
    await answersWithin(
      coordinator.onReplica,
      REGION_TALLY,
      { id: regionId },
      (answer) => answer.errors?.[0]?.extensions?.code === 'FORBIDDEN',
    );
    expect((await coordinator.onReplica.ok<Me>(ME)).me).toMatchObject({
      role: 'VOLUNTEER',
      regions: [],
    });
  });

  it('hears of changes made in the database by any means, not only through the API', async () => {
    const volunteer = await userKeptByReplica(Role.VOLUNTEER, [regionId]);
    await testApp.sql(`UPDATE region SET name = 'North West England' WHERE id = $1`, [regionId]);
    await answersWithin<Me>(
      volunteer.onReplica,
      ME,
      {},
      (answer) => answer.data?.me?.regions[0]?.name === 'North West England',
    );
    await testApp.sql(`UPDATE "user" SET disabled_at = now() WHERE id = $1`, [volunteer.id]);
    await answersWithin<Me>(volunteer.onReplica, ME, {}, signedOut);
    await answersWithin<Me>(volunteer.client, ME, {}, signedOut);
  });

  it('is told to forget everyone when a region changes what sessions carry of it, not on every save of the region', async () => {
    const listener = new Client({ connectionString: testApp.databaseUrl });
    await listener.connect();
    try {
      const heard: string[] = [];
      listener.on('notification', ({ payload }) => heard.push(payload ?? ''));
      await listener.query('LISTEN phonebank_sign_in_changed');
      // What only coordinators' screens read: a first-preference split, projection assumptions.
      await testApp.sql(
        `UPDATE region SET first_preference_targets = '[]', projection_assumptions = '{}' WHERE id = $1`,
        [regionId],
      );
      await testApp.sql(`UPDATE region SET seats = seats WHERE id = $1`, [regionId]);
      await testApp.sql(`UPDATE region SET seats = seats + 1 WHERE id = $1`, [regionId]);
      // Notifications come in commit order: once this one is heard, so is any before it.
      await testApp.sql(`SELECT pg_notify('phonebank_sign_in_changed', 'sentinel')`);
      for (let tries = 0; !heard.includes('sentinel') && tries < 300; tries += 1)
        await new Promise((done) => setTimeout(done, 10));
      expect(heard).toEqual(['*', 'sentinel']);
    } finally {
      await listener.end();
    }
  });

  it('forgets at once, on the process that made it, a change of region its sessions carry', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER, [regionId]);
    expect((await volunteer.client.ok<Me>(ME)).me?.regions).toHaveLength(1);
    // Every listening connection stopped: nothing the database notifies arrives meanwhile.
    const listeners = await testApp.sql<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = 'phonebank-notifications' AND datname = current_database()`,
    );
    expect(listeners).toHaveLength(2);
    for (const { pid } of listeners) process.kill(pid, 'SIGSTOP');
    try {
      await testApp.admin.client.ok(
        `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { id } }`,
        { input: { id: regionId, name: 'Greater Manchester' } },
      );
      expect((await volunteer.client.ok<Me>(ME)).me?.regions[0]?.name).toBe('Greater Manchester');
    } finally {
      for (const { pid } of listeners) process.kill(pid, 'SIGCONT');
    }
  });

  it('keeps nothing it may not hear about: after its listening connection drops, it reads sessions again', async () => {
    const volunteer = await userKeptByReplica(Role.VOLUNTEER);
    // Signed out as every listening connection is cut, committed before they reconnect: no
    // notification says so, the replica must not trust what it kept.
    await testApp.sql(
      `BEGIN;
       UPDATE session SET revoked_at = now() WHERE user_id = '${volunteer.id}';
       SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'phonebank-notifications' AND datname = current_database();
       COMMIT;`,
    );
    await answersWithin<Me>(volunteer.onReplica, ME, {}, signedOut);
    await answersWithin<Me>(volunteer.client, ME, {}, signedOut);
  });
});
