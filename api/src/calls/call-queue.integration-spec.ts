import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  claim,
  CLAIM,
  createList,
  CREATE_CALL_LIST,
  PROGRESS,
  record,
  RECORD,
  RELEASE,
  RENEW,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';

// Noon in London in winter (GMT): inside the default calling hours.
const NOON = new Date('2026-12-01T12:00:00Z');
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

interface Progress {
  size: number;
  remaining: number;
  progress: Record<'waiting' | 'held' | 'dueLater' | 'done' | 'exhausted' | 'withdrawn', number>;
}

describe('the call queue', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  beforeEach(() => testApp.setClock(NOON));
  afterAll(() => testApp.close());

  async function progress(callListId: string): Promise<Progress> {
    return (await testApp.admin.client.ok<{ callList: Progress }>(PROGRESS, { id: callListId }))
      .callList;
  }

  /** A fresh region of `members` members, a list over it, and its volunteer added. */
  async function arrangeList(members: number, extra: Record<string, unknown> = {}) {
    const arranged = await arrangeQueue(testApp, members);
    const list = await createList(arranged.coordinator.client, arranged.regionId, extra);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: list.id,
      userIds: [arranged.volunteer.id],
    });
    return { ...arranged, list };
  }

  /**
   * A list of one member whose volunteer's lease ran out (11 minutes on) before they sent
   * the outcome, and another volunteer who has taken the member since.
   */
  async function lateAndCurrentClaims() {
    const arranged = await arrangeList(1);
    const other = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: arranged.list.id,
      userIds: [other.id],
    });
    const late = await claim(arranged.volunteer.client, arranged.list.id);
    testApp.setClock(minutesAfter(NOON, 11));
    const current = await claim(other.client, arranged.list.id);
    return { arranged, other, late: late!, current: current! };
  }

  it('makes a list of the callable members of a region, with the default rules', async () => {
    const arranged = await arrangeQueue(testApp, 5);
    await testApp.sql(`UPDATE member SET do_not_call = true WHERE id = $1`, [
      arranged.memberIds[0],
    ]);
    await testApp.sql(`UPDATE member SET phone = NULL WHERE id = $1`, [arranged.memberIds[1]]);
    const { createCallList } = await arranged.coordinator.client.ok<{
      createCallList: Record<string, unknown>;
    }>(CREATE_CALL_LIST, { input: { name: 'Default rules', regionId: arranged.regionId } });
    expect(createCallList).toMatchObject({
      size: 3,
      remaining: 3,
      status: 'ACTIVE',
      maxAttempts: 3,
      leaseMinutes: 10,
      callingHours: { from: '10:00', to: '21:00', timeZone: 'Europe/London', openNow: true },
      retryDelays: { noAnswerMinutes: 240, busyMinutes: 240, voicemailMinutes: 1440 },
    });
    const count = await arranged.coordinator.client.ok<{ callListMatchCount: number }>(
      `query($regionId: ID!) { callListMatchCount(regionId: $regionId) }`,
      { regionId: arranged.regionId },
    );
    expect(count.callListMatchCount).toBe(3);
  });

  it('counts and takes in only the members its filter matches, and takes in new members on refresh', async () => {
    const arranged = await arrangeQueue(testApp, 4);
    await testApp.sql(
      `UPDATE member SET phone_type = 'FIXED_LINE', tags = '{union}' WHERE id = $1`,
      [arranged.memberIds[0]],
    );
    const count = async (filter: Record<string, unknown>) =>
      (
        await arranged.coordinator.client.ok<{ callListMatchCount: number }>(
          `query($regionId: ID!, $filter: CallListFilterInput) { callListMatchCount(regionId: $regionId, filter: $filter) }`,
          { regionId: arranged.regionId, filter },
        )
      ).callListMatchCount;
    expect(await count({ mobileOnly: true })).toBe(3);
    expect(await count({ tags: ['Union'] })).toBe(1);
    expect(await count({ pledgeStatuses: ['PLEDGED'] })).toBe(0);
    expect(await count({ unpledged: true, neverCalled: true })).toBe(4);
    const list = await createList(arranged.coordinator.client, arranged.regionId, {
      filter: { mobileOnly: true },
    });
    expect(list.size).toBe(3);
    await testApp.sql(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
       VALUES ($1, 'LATE1', 'Late', 'Joiner', '+447700911111', 'MOBILE', $2)`,
      [arranged.electionId, arranged.regionId],
    );
    const { refreshCallList } = await arranged.coordinator.client.ok<{
      refreshCallList: { added: number; callList: { size: number } };
    }>(`mutation($id: ID!) { refreshCallList(id: $id) { added callList { size } } }`, {
      id: list.id,
    });
    expect(refreshCallList).toEqual({ added: 1, callList: { size: 4 } });
  });

  it('refuses a list with wrong settings, naming the field, and stores nothing', async () => {
    const arranged = await arrangeQueue(testApp, 1);
    const client = arranged.coordinator.client;
    const input = { name: 'Wrong', regionId: arranged.regionId };
    const hours = await client.fails(CREATE_CALL_LIST, {
      input: { ...input, callingHours: { from: '21:00', to: '10:00' } },
    });
    expect(hours.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callingHours.to' });
    const zone = await client.fails(CREATE_CALL_LIST, {
      input: {
        ...input,
        callingHours: { from: '10:00', to: '21:00', timeZone: 'Europe/Atlantis' },
      },
    });
    expect(zone.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'callingHours.timeZone',
    });
    const attempts = await client.fails(CREATE_CALL_LIST, { input: { ...input, maxAttempts: 0 } });
    expect(attempts.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxAttempts' });
    expect(attempts.message).toContain('maxAttempts');
    const [{ count }] = await testApp.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM call_list WHERE region_id = $1`,
      [arranged.regionId],
    );
    expect(count).toBe(0);
  });

  it('keeps coordinators to their regions and volunteers to the lists they were added to', async () => {
    const arranged = await arrangeList(2);
    const outsider = await testApp.user(Role.COORDINATOR, [arranged.otherRegionId]);
    const stranger = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    const forbidden = async (promise: Promise<{ extensions?: { code?: string } }>) =>
      expect((await promise).extensions?.code).toBe('FORBIDDEN');
    await forbidden(outsider.client.fails(CLAIM, { id: arranged.list.id }));
    await forbidden(outsider.client.fails(PROGRESS, { id: arranged.list.id }));
    await forbidden(
      outsider.client.fails(CREATE_CALL_LIST, {
        input: { name: 'Not mine', regionId: arranged.regionId },
      }),
    );
    await forbidden(
      outsider.client.fails(ADD_VOLUNTEERS, { id: arranged.list.id, userIds: [outsider.id] }),
    );
    await forbidden(stranger.client.fails(CLAIM, { id: arranged.list.id }));
    await forbidden(stranger.client.fails(PROGRESS, { id: arranged.list.id }));
    const lists = await stranger.client.ok<{ callLists: unknown[] }>('{ callLists { id } }');
    expect(lists.callLists).toEqual([]);
    // Someone else's claim can be neither renewed, released nor recorded.
    const held = await claim(arranged.volunteer.client, arranged.list.id);
    await forbidden(arranged.coordinator.client.fails(RENEW, { id: held?.id }));
    await forbidden(arranged.coordinator.client.fails(RELEASE, { id: held?.id }));
    await forbidden(
      arranged.coordinator.client.fails(RECORD, {
        input: {
          idempotencyKey: 'someone-elses-claim',
          claimId: held?.id,
          disposition: 'ANSWERED',
        },
      }),
    );
    // A volunteer cannot be added to a list of a region they do not call for.
    const elsewhere = await testApp.user(Role.VOLUNTEER, [arranged.otherRegionId]);
    const refused = await arranged.coordinator.client.fails(ADD_VOLUNTEERS, {
      id: arranged.list.id,
      userIds: [elsewhere.id],
    });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds' });
  });

  it('offers call-backs that are due first, then members never tried, then retries, oldest first', async () => {
    const arranged = await arrangeList(4);
    const volunteer = arranged.volunteer.client;
    const first = await claim(volunteer, arranged.list.id);
    await record(volunteer, first!.id, 'NO_ANSWER');
    const second = await claim(volunteer, arranged.list.id);
    await record(volunteer, second!.id, 'CALL_BACK', {
      callBackAt: minutesAfter(NOON, 60).toISOString(),
    });
    testApp.setClock(minutesAfter(NOON, 5 * 60));
    const order: string[] = [];
    for (;;) {
      const next = await claim(volunteer, arranged.list.id);
      if (!next) break;
      order.push(next.member.id);
      await record(volunteer, next.id, 'ANSWERED');
    }
    expect(order).toEqual([
      second!.member.id,
      arranged.memberIds[2],
      arranged.memberIds[3],
      first!.member.id,
    ]);
  });

  it('does not offer a member held on another list of the region', async () => {
    const arranged = await arrangeList(2);
    const other = await createList(arranged.coordinator.client, arranged.regionId);
    const held = await claim(arranged.volunteer.client, arranged.list.id);
    const elsewhere = await claim(testApp.admin.client, other.id);
    expect(elsewhere?.member.id).not.toBe(held?.member.id);
    await record(testApp.admin.client, elsewhere!.id, 'ANSWERED');
    // Once the first list's call is recorded, the other list may offer the member.
    await record(arranged.volunteer.client, held!.id, 'NO_ANSWER');
    expect((await claim(testApp.admin.client, other.id))?.member.id).toBe(held?.member.id);
  });

  it('gives a volunteer who claims again the member they already hold', async () => {
    const arranged = await arrangeList(3);
    const first = await claim(arranged.volunteer.client, arranged.list.id);
    const again = await claim(arranged.volunteer.client, arranged.list.id);
    expect(again?.id).toBe(first?.id);
    expect((await progress(arranged.list.id)).progress).toMatchObject({ held: 1, waiting: 2 });
  });

  it('claims the next member while the last call’s outcome is still on its way, keeping that member held', async () => {
    const arranged = await arrangeList(3);
    const other = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: arranged.list.id,
      userIds: [other.id],
    });
    const volunteer = arranged.volunteer.client;
    const first = await claim(volunteer, arranged.list.id);
    const { claimNextContact: next } = await volunteer.ok<{
      claimNextContact: { id: string; member: { id: string } };
    }>(
      `mutation($id: ID!, $finished: ID) { claimNextContact(callListId: $id, finishedClaimId: $finished) { id member { id } } }`,
      { id: arranged.list.id, finished: first!.id },
    );
    expect(next.member.id).not.toBe(first!.member.id);
    // The first member is still held for their outcome: the other volunteer gets the third.
    const third = await claim(other.client, arranged.list.id);
    expect([first!.member.id, next.member.id]).not.toContain(third!.member.id);
    await record(volunteer, first!.id, 'ANSWERED');
    expect((await progress(arranged.list.id)).progress).toMatchObject({ done: 1, held: 2 });
  });

  it('returns a member whose lease ran out, keeps one whose lease is renewed, and releases one skipped', async () => {
    const arranged = await arrangeList(1, { leaseMinutes: 10 });
    const other = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: arranged.list.id,
      userIds: [other.id],
    });
    const held = await claim(arranged.volunteer.client, arranged.list.id);
    expect(held?.expiresAt).toBe(minutesAfter(NOON, 10).toISOString());
    expect(await claim(other.client, arranged.list.id)).toBeNull();

    // Renewed at 9 minutes: held until 19.
    testApp.setClock(minutesAfter(NOON, 9));
    const renewed = await arranged.volunteer.client.ok<{ renewClaim: { expiresAt: string } }>(
      RENEW,
      { id: held!.id },
    );
    expect(renewed.renewClaim.expiresAt).toBe(minutesAfter(NOON, 19).toISOString());
    testApp.setClock(minutesAfter(NOON, 15));
    expect(await claim(other.client, arranged.list.id)).toBeNull();

    // Ran out at 19: the member goes back, and the other volunteer gets them.
    testApp.setClock(minutesAfter(NOON, 19));
    const retaken = await claim(other.client, arranged.list.id);
    expect(retaken?.member.id).toBe(held?.member.id);
    const lost = await arranged.volunteer.client.fails(RENEW, { id: held!.id });
    expect(lost.extensions?.code).toBe('CONFLICT');

    // Skipped: back at once for anyone.
    expect(
      (await arranged.volunteer.client.ok<{ releaseClaim: boolean }>(RELEASE, { id: held!.id }))
        .releaseClaim,
    ).toBe(true);
    expect(
      (await other.client.ok<{ releaseClaim: boolean }>(RELEASE, { id: retaken!.id })).releaseClaim,
    ).toBe(true);
    const afterSkip = await claim(arranged.volunteer.client, arranged.list.id);
    expect(afterSkip?.member.id).toBe(held?.member.id);
  });

  it.each([
    ['NO_ANSWER', 240],
    ['BUSY', 240],
    ['VOICEMAIL', 1440],
  ])(
    'brings a member back after %s only when the retry delay (%i minutes) has passed',
    async (disposition, minutes) => {
      const arranged = await arrangeList(1);
      const volunteer = arranged.volunteer.client;
      const held = await claim(volunteer, arranged.list.id);
      await record(volunteer, held!.id, disposition);
      testApp.setClock(minutesAfter(NOON, minutes - 1));
      expect(await claim(volunteer, arranged.list.id)).toBeNull();
      expect((await progress(arranged.list.id)).progress).toMatchObject({
        dueLater: 1,
        waiting: 0,
      });
      // Retry times may fall outside calling hours; the list answers only inside them.
      const due = minutesAfter(NOON, minutes);
      testApp.setClock(due);
      expect((await claim(volunteer, arranged.list.id))?.member.id).toBe(held?.member.id);
    },
  );

  it('brings a call-back at the time the member asked for', async () => {
    const arranged = await arrangeList(1);
    const volunteer = arranged.volunteer.client;
    const held = await claim(volunteer, arranged.list.id);
    const missing = await volunteer.fails(RECORD, {
      input: {
        idempotencyKey: 'call-back-without-time',
        claimId: held!.id,
        disposition: 'CALL_BACK',
      },
    });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callBackAt' });
    await record(volunteer, held!.id, 'CALL_BACK', {
      callBackAt: minutesAfter(NOON, 90).toISOString(),
    });
    testApp.setClock(minutesAfter(NOON, 89));
    expect(await claim(volunteer, arranged.list.id)).toBeNull();
    testApp.setClock(minutesAfter(NOON, 90));
    expect((await claim(volunteer, arranged.list.id))?.member.id).toBe(held?.member.id);
  });

  it('gives up on a member after the maximum number of unanswered attempts', async () => {
    const arranged = await arrangeList(1, { maxAttempts: 2 });
    const volunteer = arranged.volunteer.client;
    const first = await claim(volunteer, arranged.list.id);
    expect((await record(volunteer, first!.id, 'NO_ANSWER')).attempt).toBe(1);
    testApp.setClock(minutesAfter(NOON, 240));
    const second = await claim(volunteer, arranged.list.id);
    expect((await record(volunteer, second!.id, 'BUSY')).attempt).toBe(2);
    testApp.setClock(minutesAfter(NOON, 24 * 60));
    expect(await claim(volunteer, arranged.list.id)).toBeNull();
    expect(await progress(arranged.list.id)).toMatchObject({
      remaining: 0,
      progress: { exhausted: 1 },
    });
  });

  it.each(['ANSWERED', 'WRONG_NUMBER', 'REFUSED'])(
    'is done with a member after %s',
    async (disposition) => {
      const arranged = await arrangeList(1);
      const held = await claim(arranged.volunteer.client, arranged.list.id);
      await record(arranged.volunteer.client, held!.id, disposition);
      testApp.setClock(minutesAfter(NOON, 7 * 24 * 60));
      expect(await claim(arranged.volunteer.client, arranged.list.id)).toBeNull();
      expect((await progress(arranged.list.id)).progress.done).toBe(1);
    },
  );

  it('takes no claims outside the calling hours', async () => {
    const arranged = await arrangeList(1, { callingHours: { from: '10:00', to: '21:00' } });
    testApp.setClock(new Date('2026-12-01T21:00:00Z'));
    expect(await claim(arranged.volunteer.client, arranged.list.id)).toBeNull();
    testApp.setClock(new Date('2026-12-02T09:59:00Z'));
    expect(await claim(arranged.volunteer.client, arranged.list.id)).toBeNull();
    testApp.setClock(new Date('2026-12-02T10:00:00Z'));
    expect(await claim(arranged.volunteer.client, arranged.list.id)).not.toBeNull();
  });

  it('takes no claims from a paused or archived list', async () => {
    const arranged = await arrangeList(1);
    const coordinator = arranged.coordinator.client;
    await coordinator.ok(`mutation($id: ID!) { pauseCallList(id: $id) { status } }`, {
      id: arranged.list.id,
    });
    expect(await claim(arranged.volunteer.client, arranged.list.id)).toBeNull();
    await coordinator.ok(`mutation($id: ID!) { resumeCallList(id: $id) { status } }`, {
      id: arranged.list.id,
    });
    expect(await claim(arranged.volunteer.client, arranged.list.id)).not.toBeNull();
    await coordinator.ok(`mutation($id: ID!) { archiveCallList(id: $id) { status } }`, {
      id: arranged.list.id,
    });
    const reopened = await coordinator.fails(
      `mutation($id: ID!) { resumeCallList(id: $id) { status } }`,
      {
        id: arranged.list.id,
      },
    );
    expect(reopened.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('opts the member out of every list when the call ends in DO_NOT_CALL', async () => {
    const arranged = await arrangeList(2);
    const second = await createList(arranged.coordinator.client, arranged.regionId);
    const held = await claim(arranged.volunteer.client, arranged.list.id);
    await record(arranged.volunteer.client, held!.id, 'DO_NOT_CALL');
    const [member] = await testApp.sql<{ do_not_call: boolean }>(
      'SELECT do_not_call FROM member WHERE id = $1',
      [held!.member.id],
    );
    expect(member.do_not_call).toBe(true);
    expect((await progress(second.id)).progress).toMatchObject({ withdrawn: 1, waiting: 1 });
    const offered: string[] = [];
    for (
      let next = await claim(testApp.admin.client, second.id);
      next;
      next = await claim(testApp.admin.client, second.id)
    ) {
      offered.push(next.member.id);
      await record(testApp.admin.client, next.id, 'ANSWERED');
    }
    expect(offered).not.toContain(held!.member.id);
    expect(offered).toHaveLength(1);
  });

  it('records a call once per key, and refuses a second recording of the same claim', async () => {
    const arranged = await arrangeList(2);
    const volunteer = arranged.volunteer.client;
    const held = await claim(volunteer, arranged.list.id);
    const input = {
      idempotencyKey: 'replayed-key-0001',
      claimId: held!.id,
      disposition: 'NO_ANSWER',
    };
    const first = await volunteer.ok<{ recordCallOutcome: { id: string } }>(RECORD, { input });
    const replay = await volunteer.ok<{ recordCallOutcome: { id: string } }>(RECORD, {
      input: { ...input, disposition: 'ANSWERED' },
    });
    expect(replay.recordCallOutcome.id).toBe(first.recordCallOutcome.id);
    const again = await volunteer.fails(RECORD, {
      input: { ...input, idempotencyKey: 'another-key-0001' },
    });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'claimId' });
    const [{ count, attempts }] = await testApp.sql<{ count: number; attempts: number }>(
      `SELECT (SELECT count(*)::int FROM call_record WHERE claim_id = $1) AS count,
              (SELECT attempts FROM call_queue_entry WHERE claim_id = $1) AS attempts`,
      [held!.id],
    );
    expect({ count, attempts }).toEqual({ count: 1, attempts: 1 });
  });

  it('answers a late replay with the call it recorded, and refuses the key to anyone else', async () => {
    const arranged = await arrangeList(1);
    const volunteer = arranged.volunteer.client;
    const held = await claim(volunteer, arranged.list.id);
    const callBackAt = minutesAfter(NOON, 60).toISOString();
    const input = {
      idempotencyKey: 'late-replay-key-0001',
      claimId: held!.id,
      disposition: 'CALL_BACK',
      callBackAt,
    };
    const first = await volunteer.ok<{ recordCallOutcome: { id: string } }>(RECORD, { input });
    // From the outbox, after the call-back time: as a new call it would be refused.
    testApp.setClock(minutesAfter(NOON, 90));
    const replay = await volunteer.ok<{ recordCallOutcome: { id: string } }>(RECORD, { input });
    expect(replay.recordCallOutcome.id).toBe(first.recordCallOutcome.id);

    const other = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    const stolen = await other.client.fails(RECORD, { input });
    expect(stolen.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    testApp.setClock(NOON);
  });

  it('keeps an outcome that arrives after the lease ran out and someone else took the member', async () => {
    const { arranged, other, late, current } = await lateAndCurrentClaims();
    expect(current.member.id).toBe(late.member.id);
    await record(arranged.volunteer.client, late.id, 'NO_ANSWER');
    // The other volunteer's hold stands, and their call is recorded too.
    expect((await progress(arranged.list.id)).progress.held).toBe(1);
    expect((await record(other.client, current.id, 'ANSWERED')).attempt).toBe(2);
    expect((await progress(arranged.list.id)).progress.done).toBe(1);
  });

  it('counts both calls when a late outcome and the new holder’s outcome arrive at once', async () => {
    const { arranged, other, late, current } = await lateAndCurrentClaims();
    const recorded = await Promise.all([
      record(arranged.volunteer.client, late.id, 'NO_ANSWER'),
      record(other.client, current.id, 'NO_ANSWER'),
    ]);
    expect(recorded.map(({ attempt }) => attempt).sort()).toEqual([1, 2]);
    const [entry] = await testApp.sql<{ attempts: number }>(
      'SELECT attempts FROM call_queue_entry WHERE call_list_id = $1',
      [arranged.list.id],
    );
    expect(entry.attempts).toBe(2);
    testApp.setClock(NOON);
  });

  it('refuses a pledge without an answered call, or ranking a candidate of another region, writing nothing', async () => {
    const arranged = await arrangeList(1);
    const volunteer = arranged.volunteer.client;
    const { createCandidate } = await testApp.admin.client.ok<{ createCandidate: { id: string } }>(
      `mutation($regionId: ID!) { createCandidate(input: { regionId: $regionId, name: "Elsewhere" }) { id } }`,
      { regionId: arranged.otherRegionId },
    );
    const held = await claim(volunteer, arranged.list.id);
    const noAnswer = await volunteer.fails(RECORD, {
      input: {
        idempotencyKey: 'pledge-no-answer',
        claimId: held!.id,
        disposition: 'NO_ANSWER',
        pledge: { status: 'PLEDGED', ranking: [] },
      },
    });
    expect(noAnswer.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pledge' });
    const foreign = await volunteer.fails(RECORD, {
      input: {
        idempotencyKey: 'pledge-foreign-candidate',
        claimId: held!.id,
        disposition: 'ANSWERED',
        pledge: { status: 'PLEDGED', ranking: [createCandidate.id] },
      },
    });
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pledge.ranking' });
    const [{ calls, pledges, attempts }] = await testApp.sql<{
      calls: number;
      pledges: number;
      attempts: number;
    }>(
      `SELECT (SELECT count(*)::int FROM call_record WHERE claim_id = $1) AS calls,
              (SELECT count(*)::int FROM pledge WHERE member_id = $2) AS pledges,
              (SELECT attempts FROM call_queue_entry WHERE claim_id = $1) AS attempts`,
      [held!.id, held!.member.id],
    );
    expect({ calls, pledges, attempts }).toEqual({ calls: 0, pledges: 0, attempts: 0 });
  });

  it('keeps the script version the volunteer followed and their answers with the call', async () => {
    const arranged = await arrangeList(1);
    const { saveCallScript } = await arranged.coordinator.client.ok<{
      saveCallScript: { versionId: string };
    }>(`mutation($input: SaveCallScriptInput!) { saveCallScript(input: $input) { versionId } }`, {
      input: {
        electionId: arranged.electionId,
        regionId: arranged.regionId,
        steps: [
          { key: 'intro', type: 'TEXT', text: 'Hello {{member.firstName}}' },
          { key: 'help', type: 'VOLUNTEER_INTEREST', text: 'Will you help?' },
        ],
      },
    });
    const held = await claim(arranged.volunteer.client, arranged.list.id);
    const unknown = await arranged.volunteer.client.fails(RECORD, {
      input: {
        idempotencyKey: 'unknown-script-version',
        claimId: held!.id,
        disposition: 'ANSWERED',
        scriptVersionId: arranged.regionId,
      },
    });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scriptVersionId' });
    await record(arranged.volunteer.client, held!.id, 'ANSWERED', {
      scriptVersionId: saveCallScript.versionId,
      answers: [{ key: 'help', values: ['YES'] }],
    });
    const [row] = await testApp.sql<{ script_version_id: string; answers: unknown }>(
      'SELECT script_version_id, answers FROM call_record WHERE claim_id = $1',
      [held!.id],
    );
    expect(row).toEqual({ script_version_id: saveCallScript.versionId, answers: { help: 'YES' } });
  });

  it('offers members reserved for a volunteer to that volunteer only', async () => {
    const arranged = await arrangeList(3);
    const other = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: arranged.list.id,
      userIds: [other.id],
    });
    const reserved = await arranged.coordinator.client.ok<{ reserveMembersForVolunteer: number }>(
      `mutation($id: ID!, $userId: ID!) { reserveMembersForVolunteer(callListId: $id, userId: $userId, count: 2) }`,
      { id: arranged.list.id, userId: other.id },
    );
    expect(reserved.reserveMembersForVolunteer).toBe(2);
    const mine = await claim(arranged.volunteer.client, arranged.list.id);
    expect(mine?.member.id).toBe(arranged.memberIds[2]);
    await record(arranged.volunteer.client, mine!.id, 'ANSWERED');
    expect(await claim(arranged.volunteer.client, arranged.list.id)).toBeNull();
    expect((await claim(other.client, arranged.list.id))?.member.id).toBe(arranged.memberIds[0]);
  });

  it('shows each volunteer’s calls today', async () => {
    const arranged = await arrangeList(2);
    const held = await claim(arranged.volunteer.client, arranged.list.id);
    await record(arranged.volunteer.client, held!.id, 'ANSWERED');
    const { callList } = await arranged.coordinator.client.ok<{
      callList: { volunteers: { user: { id: string }; callsToday: number; callsTotal: number }[] };
    }>(
      `query($id: ID!) { callList(id: $id) { volunteers { user { id } callsToday callsTotal } } }`,
      {
        id: arranged.list.id,
      },
    );
    expect(callList.volunteers).toEqual([
      { user: { id: arranged.volunteer.id }, callsToday: 1, callsTotal: 1 },
    ]);
    testApp.setClock(minutesAfter(NOON, 24 * 60));
    const tomorrow = await arranged.coordinator.client.ok<{
      callList: { volunteers: { callsToday: number }[] };
    }>(`query($id: ID!) { callList(id: $id) { volunteers { callsToday } } }`, {
      id: arranged.list.id,
    });
    expect(tomorrow.callList.volunteers[0].callsToday).toBe(0);
  });
});
