import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  arrangeSlate,
  claim,
  type ClaimResult,
  createList,
  type QueueArrangement,
  RECORD,
  record,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestUser } from '../../test/test-app';

const START = new Date('2026-12-01T12:00:00Z');

describe('a call whose claim a database crash lost', () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  let callListId: string;
  let candidates: Record<string, string>;

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.setClock(START);
    arranged = await arrangeQueue(testApp, 6, 'Lost claims');
    candidates = await arrangeSlate(testApp, arranged, { name: 'Ours', ours: true }, ['Rita']);
    callListId = (
      await createList(arranged.coordinator.client, arranged.regionId, { leaseMinutes: 10 })
    ).id;
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: callListId,
      userIds: [arranged.volunteer.id],
    });
  });
  afterAll(() => testApp.close());

  /**
   * Undoes what the claim's transaction wrote, as a crash before its WAL reached the disk
   * does (it committed with synchronous_commit off): the claim, the volunteer's hold on it
   * and the member's lease on the queue are gone together.
   */
  async function loseClaim(held: ClaimResult): Promise<void> {
    await testApp.sql(
      `UPDATE call_list_volunteer SET current_claim_id = NULL WHERE current_claim_id = $1`,
      [held.id],
    );
    await testApp.sql(
      `UPDATE call_queue_entry
          SET claim_id = NULL, claimed_by_id = NULL, lease_expires_at = NULL,
              next_attempt_at = $2::timestamptz - interval '1 hour'
        WHERE claim_id = $1`,
      [held.id, START],
    );
    await testApp.sql(`DELETE FROM claim WHERE id = $1`, [held.id]);
  }

  async function claimAndLose(volunteer: TestUser = arranged.volunteer): Promise<ClaimResult> {
    const held = await claim(volunteer.client, callListId);
    if (!held) throw new Error('nobody to call');
    await loseClaim(held);
    return held;
  }

  const pledgedInput = (held: ClaimResult, key: string) => ({
    idempotencyKey: key,
    claimId: held.id,
    memberId: held.member.id,
    callListId,
    disposition: 'ANSWERED',
    notes: 'Will vote for Rita.',
    pledge: { status: 'PLEDGED', ranking: [candidates.Rita] },
  });

  async function kept(memberId: string) {
    const [row] = await testApp.sql<{
      calls: number;
      pledges: number;
      attempts: number;
      state: string;
      claims: number;
    }>(
      `SELECT (SELECT count(*)::int FROM call_record WHERE member_id = $1 AND call_list_id = $2) AS calls,
              (SELECT count(*)::int FROM pledge WHERE member_id = $1) AS pledges,
              (SELECT count(*)::int FROM claim WHERE member_id = $1) AS claims,
              e.attempts, e.state
         FROM call_queue_entry e WHERE e.member_id = $1 AND e.call_list_id = $2`,
      [memberId, callListId],
    );
    return row;
  }

  it('is recorded against its member and list, with its pledge, once however often it is sent', async () => {
    const held = await claimAndLose();
    const client = arranged.volunteer.client;
    const input = pledgedInput(held, `lost-${held.id}`);
    const first = await client.ok<{ recordCallOutcome: { id: string } }>(RECORD, { input });
    const again = await client.ok<{ recordCallOutcome: { id: string } }>(RECORD, { input });
    expect(again.recordCallOutcome.id).toBe(first.recordCallOutcome.id);
    expect(await kept(held.member.id)).toEqual({
      calls: 1,
      pledges: 1,
      claims: 1,
      attempts: 1,
      state: 'DONE',
    });
    const [call] = await testApp.sql<{ volunteer_id: string; notes: string; claim_id: string }>(
      `SELECT volunteer_id, notes, claim_id FROM call_record WHERE id = $1`,
      [first.recordCallOutcome.id],
    );
    expect(call).toEqual({
      volunteer_id: arranged.volunteer.id,
      notes: 'Will vote for Rita.',
      claim_id: held.id,
    });
  });

  it('without its member and list is still refused as a claim that does not exist', async () => {
    const held = await claimAndLose();
    const refused = await arranged.volunteer.client.fails(RECORD, {
      input: { idempotencyKey: `bare-${held.id}`, claimId: held.id, disposition: 'NO_ANSWER' },
    });
    expect(refused.extensions?.code).toBe('NOT_FOUND');
    // The phone's outbox of before sent no member: a newer one does, and the call is kept.
    await record(arranged.volunteer.client, held.id, 'NO_ANSWER', {
      memberId: held.member.id,
      callListId,
    });
    expect(await kept(held.member.id)).toMatchObject({ calls: 1, attempts: 1 });
  });

  it('moves the member on as a late outcome does, while the volunteer who has them now keeps them', async () => {
    const held = await claimAndLose();
    // After the crash the member went to another volunteer.
    const other = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, { id: callListId, userIds: [other.id] });
    const theirs = await claim(other.client, callListId);
    expect(theirs?.member.id).toBe(held.member.id);

    await arranged.volunteer.client.ok(RECORD, {
      input: {
        ...pledgedInput(held, `late-${held.id}`),
        pledge: undefined,
        disposition: 'NO_ANSWER',
      },
    });
    const [entry] = await testApp.sql<{ attempts: number; claim_id: string }>(
      `SELECT attempts, claim_id FROM call_queue_entry WHERE member_id = $1 AND call_list_id = $2`,
      [held.member.id, callListId],
    );
    expect(entry).toEqual({ attempts: 1, claim_id: theirs?.id });
    // Their own call of the member is the next attempt.
    expect(await record(other.client, theirs?.id as string, 'ANSWERED')).toMatchObject({
      attempt: 2,
    });
  });

  it('cannot be used to record against a member by a volunteer not on the list, a coordinator of another region, or for a member not on the list', async () => {
    const held = await claimAndLose();
    const input = pledgedInput(held, `stranger-${held.id}`);
    const stranger = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    expect((await stranger.client.fails(RECORD, { input })).extensions?.code).toBe('FORBIDDEN');

    const elsewhere = await testApp.user(Role.COORDINATOR, [arranged.otherRegionId]);
    expect((await elsewhere.client.fails(RECORD, { input })).extensions?.code).toBe('FORBIDDEN');

    const [offList] = await testApp.sql<{ id: string }>(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, region_id)
       VALUES ($1, 'OFF-LIST', 'Not', 'Listed', $2) RETURNING id`,
      [arranged.electionId, arranged.otherRegionId],
    );
    const notOnList = await arranged.volunteer.client.fails(RECORD, {
      input: { ...input, memberId: offList.id },
    });
    expect(notOnList.extensions?.code).toBe('NOT_FOUND');

    expect(await kept(held.member.id)).toMatchObject({ calls: 0, pledges: 0, claims: 0 });
    const [{ calls }] = await testApp.sql<{ calls: number }>(
      `SELECT count(*)::int AS calls FROM call_record WHERE member_id = $1`,
      [offList.id],
    );
    expect(calls).toBe(0);
  });
});
