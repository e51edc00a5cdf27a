import PgBoss from 'pg-boss';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  claim,
  createList,
  type QueueArrangement,
  record,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { until } from '../../test/until';

const UPDATE = `mutation($input: UpdateElectionInput!) {
  updateElection(input: $input) { id pollingDay retentionDays contactDetailsAnonymisedOn contactDetailsAnonymisedAt }
}`;
const WARNINGS = `{ retentionWarnings { electionId electionName anonymisedOn members } }`;

describe("storage limitation: members' contact details go after the retention period", () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  let boss: PgBoss;

  /** Sends the scheduled job now (as its cron would) and waits until a worker has finished it. */
  async function runRetentionJob(): Promise<void> {
    const id = await boss.send('member-retention', {});
    await until(async () => {
      const rows = await testApp.sql<{ state: string }>(
        `SELECT state::text FROM pgboss.job WHERE id = $1
         UNION ALL SELECT state::text FROM pgboss.archive WHERE id = $1`,
        [id],
      );
      if (rows[0]?.state === 'failed') throw new Error('the retention job failed');
      return rows[0]?.state === 'completed';
    }, 'the retention job to complete');
  }

  const held = () =>
    testApp.sql<{ first_name: string; phone: string | null; erased: boolean }>(
      `SELECT first_name, phone, erased_at IS NOT NULL AS erased FROM member WHERE election_id = $1 ORDER BY id`,
      [arranged.electionId],
    );
  const audited = () =>
    testApp.sql<{ user_id: string | null; subject_id: string; details: unknown }>(
      `SELECT user_id, subject_id, details FROM audit_log WHERE action = 'ANONYMISE_AFTER_RETENTION'`,
    );

  beforeAll(async () => {
    testApp = await startTestApp();
    arranged = await arrangeQueue(testApp, 3, 'Retention');
    const list = await createList(arranged.coordinator.client, arranged.regionId);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: list.id,
      userIds: [arranged.volunteer.id],
    });
    const first = await claim(arranged.volunteer.client, list.id);
    await record(arranged.volunteer.client, first!.id, 'ANSWERED', {
      notes: `${first!.member.firstName} will help on polling day`,
      pledge: { status: 'PLEDGED', ranking: [] },
    });
    boss = new PgBoss({
      connectionString: testApp.databaseUrl,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
      migrate: false,
    });
    await boss.start();
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, close: true });
    await testApp.close();
  });

  it('an admin sets the polling day and retention; bad values are refused naming the field', async () => {
    const admin = testApp.admin.client;
    const { updateElection } = await admin.ok<{ updateElection: Record<string, unknown> }>(UPDATE, {
      input: { id: arranged.electionId, pollingDay: '2027-05-06' },
    });
    expect(updateElection).toMatchObject({
      pollingDay: '2027-05-06',
      retentionDays: 90,
      contactDetailsAnonymisedOn: '2027-08-04',
      contactDetailsAnonymisedAt: null,
    });
    for (const [input, message] of [
      [{ pollingDay: '6 May 2027' }, 'polling day must be a date such as 2027-05-06'],
      [{ retentionDays: 0 }, 'retention must be between 1 and 3650 days'],
    ] as const) {
      const error = await admin.fails(UPDATE, { input: { id: arranged.electionId, ...input } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(message);
    }
    const coordinator = await arranged.coordinator.client.fails(UPDATE, {
      input: { id: arranged.electionId, retentionDays: 3000 },
    });
    expect(coordinator.extensions?.code).toBe('FORBIDDEN');
  });

  it('warns the admin within 14 days before, and no one else', async () => {
    testApp.setClock(new Date('2027-07-20T12:00:00Z'));
    expect((await testApp.admin.client.ok(WARNINGS)).retentionWarnings).toEqual([]);
    testApp.setClock(new Date('2027-07-21T00:00:00Z'));
    expect((await testApp.admin.client.ok(WARNINGS)).retentionWarnings).toEqual([
      {
        electionId: arranged.electionId,
        electionName: 'Retention',
        anonymisedOn: '2027-08-04',
        members: 3,
      },
    ]);
    for (const client of [arranged.coordinator.client, arranged.volunteer.client])
      expect((await client.fails(WARNINGS)).extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps contact details until the period ends, then anonymises every member once, keeping tallies, audited', async () => {
    // Counts of calls and answers stay; "members" counts the callable, which erasure ends.
    const tallies = () =>
      testApp.sql(
        `SELECT region_id, sum(called)::int AS called, sum(reached)::int AS reached,
                sum(pledged)::int AS pledged, sum(leaning)::int AS leaning, sum(against)::int AS against,
                (SELECT count(*)::int FROM call_record) AS calls,
                (SELECT count(*)::int FROM pledge WHERE is_latest AND status = 'PLEDGED') AS pledges
           FROM region_tally GROUP BY region_id ORDER BY region_id`,
      );
    const callable = async () =>
      (await testApp.sql<{ n: number }>('SELECT sum(members)::int AS n FROM region_tally'))[0].n;
    expect(await callable()).toBe(3);
    const before = await tallies();
    // Every replica declares the hourly schedule; pg-boss keeps one.
    expect(
      await testApp.sql(
        `SELECT cron, options->>'tz' AS tz FROM pgboss.schedule WHERE name = 'member-retention'`,
      ),
    ).toEqual([{ cron: '7 * * * *', tz: 'UTC' }]);

    testApp.setClock(new Date('2027-08-03T23:59:00Z'));
    await runRetentionJob();
    expect((await held()).every((member) => !member.erased && member.phone !== null)).toBe(true);
    expect(await audited()).toEqual([]);

    testApp.setClock(new Date('2027-08-04T00:07:00Z'));
    await runRetentionJob();
    expect(await held()).toEqual([
      { first_name: '', phone: null, erased: true },
      { first_name: '', phone: null, erased: true },
      { first_name: '', phone: null, erased: true },
    ]);
    expect(await testApp.sql('SELECT notes FROM call_record')).toEqual([{ notes: null }]);
    expect(await tallies()).toEqual(before);
    expect(before).toEqual([
      expect.objectContaining({ called: 1, pledged: 1, calls: 1, pledges: 1 }),
    ]);
    expect(await callable()).toBe(0);
    const audit = {
      user_id: null,
      subject_id: arranged.electionId,
      details: {
        members: 3,
        pollingDay: '2027-05-06',
        retentionDays: 90,
        anonymisedOn: '2027-08-04',
      },
    };
    expect(await audited()).toEqual([audit]);
    const { election } = await testApp.admin.client.ok<{
      election: { contactDetailsAnonymisedAt: string };
    }>(`query($id: ID!) { election(id: $id) { contactDetailsAnonymisedAt } }`, {
      id: arranged.electionId,
    });
    expect(election.contactDetailsAnonymisedAt).toBe('2027-08-04T00:07:00.000Z');
    expect((await testApp.admin.client.ok(WARNINGS)).retentionWarnings).toEqual([]);

    // Again: nobody is left, nothing changes, nothing more is recorded.
    await runRetentionJob();
    expect(await audited()).toEqual([audit]);
  });
});
