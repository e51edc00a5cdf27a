import { Role } from '@phonebank/domain';

import {
  ADD_VOLUNTEERS,
  arrangeQueue,
  arrangeSlate,
  claim,
  createList,
  type QueueArrangement,
  RECORD,
} from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestClient, type TestUser } from '../../test/test-app';
import { REBUILD_TALLIES_SQL } from './tally-rebuild';

const TALLY_FIELDS = `
  region { id code }
  members called reached pledged
  firstPreferences { candidate { name } count }
  secondPreferenceAgreed
  pledgeStatuses { status count }
  secondPreferences { answer count }
  secondPreferenceCandidates { candidate { name } count }
  ballotsReceived voted
  transfers { from { name } to { name } count }
  days { day calls reached pledged }
  volunteers { volunteer { id } calls reached pledged lastCallAt }
  countedAt`;
const TALLY = `query($id: ID!) { regionTally(regionId: $id) { ${TALLY_FIELDS} } }`;
const TALLIES = `query($electionId: ID) { regionTallies(electionId: $electionId) { region { code } members } }`;

// Summer: London is an hour ahead of UTC, so 23:30 UTC is already the next day there.
const DAY_ONE = new Date('2026-07-01T10:00:00Z');
const DAY_TWO = new Date('2026-07-01T23:30:00Z');

interface Tally {
  region: { id: string; code: string };
  members: number;
  called: number;
  reached: number;
  pledged: number;
  firstPreferences: { candidate: { name: string }; count: number }[];
  secondPreferenceAgreed: number;
  pledgeStatuses: { status: string; count: number }[];
  secondPreferences: { answer: string; count: number }[];
  secondPreferenceCandidates: { candidate: { name: string }; count: number }[];
  ballotsReceived: number;
  voted: number;
  transfers: { from: { name: string }; to: { name: string } | null; count: number }[];
  days: { day: string; calls: number; reached: number; pledged: number }[];
  volunteers: {
    volunteer: { id: string };
    calls: number;
    reached: number;
    pledged: number;
    lastCallAt: string;
  }[];
  countedAt: string;
}

describe('region tallies', () => {
  let testApp: TestApp;
  let arranged: QueueArrangement;
  let second: TestUser;
  let listId: string;
  const candidates: Record<'ann' | 'bob' | 'cat', string> = { ann: '', bob: '', cat: '' };
  let keys = 0;

  async function tally(client: TestClient = arranged.coordinator.client): Promise<Tally> {
    return (await client.ok<{ regionTally: Tally }>(TALLY, { id: arranged.regionId })).regionTally;
  }

  /** Claims the next member on `list` and records `disposition` (and `pledge`); returns them. */
  async function call(
    volunteer: TestClient,
    list: string,
    disposition: string,
    pledge?: Record<string, unknown>,
  ): Promise<{ memberId: string; key: string }> {
    const held = await claim(volunteer, list);
    if (!held) throw new Error('nobody left to call');
    keys += 1;
    const key = `tallies-${keys}`;
    await volunteer.ok(RECORD, {
      input: { idempotencyKey: key, claimId: held.id, disposition, ...(pledge && { pledge }) },
    });
    return { memberId: held.member.id, key };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    testApp.setClock(DAY_ONE);
    arranged = await arrangeQueue(testApp, 5, 'Tallies');
    second = await testApp.user(Role.VOLUNTEER, [arranged.regionId]);
    const ours = await arrangeSlate(testApp, arranged, { name: 'Our slate', ours: true }, [
      'Ann Ours',
      'Bob Ours',
    ]);
    const theirs = await arrangeSlate(testApp, arranged, { name: 'Their slate', ours: false }, [
      'Cat Theirs',
    ]);
    candidates.ann = ours['Ann Ours'];
    candidates.bob = ours['Bob Ours'];
    candidates.cat = theirs['Cat Theirs'];
    listId = (await createList(arranged.coordinator.client, arranged.regionId)).id;
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: listId,
      userIds: [arranged.volunteer.id, second.id],
    });
  });
  afterAll(() => testApp.close());

  it('starts at zero, with every candidate, status and answer listed', async () => {
    const empty = await tally();
    expect(empty).toMatchObject({
      members: 5,
      called: 0,
      reached: 0,
      pledged: 0,
      firstPreferences: [
        { candidate: { name: 'Ann Ours' }, count: 0 },
        { candidate: { name: 'Bob Ours' }, count: 0 },
        { candidate: { name: 'Cat Theirs' }, count: 0 },
      ],
      pledgeStatuses: [
        { status: 'PLEDGED', count: 0 },
        { status: 'LEANING', count: 0 },
        { status: 'UNDECIDED', count: 0 },
        { status: 'AGAINST', count: 0 },
        { status: 'NOT_VOTING', count: 0 },
      ],
      secondPreferences: [
        { answer: 'NOT_ASKED', count: 0 },
        { answer: 'AGREED', count: 0 },
        { answer: 'DECLINED', count: 0 },
        { answer: 'UNSURE', count: 0 },
      ],
      secondPreferenceCandidates: [
        { candidate: { name: 'Ann Ours' }, count: 0 },
        { candidate: { name: 'Bob Ours' }, count: 0 },
      ],
      transfers: [],
      days: [],
      volunteers: [],
    });
  });

  it('adds up what volunteers record: calls, reached members, pledges, preferences, transfers, days and volunteers', async () => {
    const first = arranged.volunteer.client;
    const other = second.client;
    const pledgedAnnBob = await call(first, listId, 'ANSWERED', {
      status: 'PLEDGED',
      ranking: [candidates.ann, candidates.bob],
    });
    await call(first, listId, 'NO_ANSWER');
    await call(first, listId, 'ANSWERED', {
      status: 'LEANING',
      ranking: [candidates.cat, candidates.ann],
      secondPreference: 'AGREED',
      secondPreferenceCandidateId: candidates.ann,
      ballotReceived: true,
    });
    await call(other, listId, 'DO_NOT_CALL');
    await call(other, listId, 'ANSWERED', {
      status: 'PLEDGED',
      ranking: [candidates.cat],
      secondPreference: 'DECLINED',
      ballotReceived: true,
      voted: true,
    });
    // A replayed outcome (same key, as after a dropped connection) counts once.
    const [replayed] = await testApp.sql<{ claim_id: string }>(
      'SELECT claim_id FROM call_record WHERE idempotency_key = $1',
      [pledgedAnnBob.key],
    );
    await first.ok(RECORD, {
      input: {
        idempotencyKey: pledgedAnnBob.key,
        claimId: replayed.claim_id,
        disposition: 'ANSWERED',
        pledge: { status: 'PLEDGED', ranking: [candidates.ann, candidates.bob] },
      },
    });
    const dayOne = await tally();
    expect(dayOne).toMatchObject({
      members: 4,
      called: 5,
      reached: 3,
      pledged: 2,
      firstPreferences: [
        { candidate: { name: 'Ann Ours' }, count: 1 },
        { candidate: { name: 'Bob Ours' }, count: 0 },
        { candidate: { name: 'Cat Theirs' }, count: 1 },
      ],
      days: [{ day: '2026-07-01', calls: 5, reached: 3, pledged: 2 }],
    });

    // The next day: the unanswered member is due again and pledges; the member who pledged
    // Ann then Bob is called again from a second list and is now against.
    testApp.setClock(DAY_TWO);
    await call(other, listId, 'ANSWERED', { status: 'PLEDGED', ranking: [candidates.bob] });
    await testApp.sql(`UPDATE member SET tags = '{recontact}' WHERE id = $1`, [
      pledgedAnnBob.memberId,
    ]);
    const recontact = await createList(arranged.coordinator.client, arranged.regionId, {
      name: 'Recontact',
      filter: { tags: ['recontact'] },
    });
    await arranged.coordinator.client.ok(ADD_VOLUNTEERS, {
      id: recontact.id,
      userIds: [arranged.volunteer.id],
    });
    const again = await call(first, recontact.id, 'ANSWERED', { status: 'AGAINST', ranking: [] });
    expect(again.memberId).toBe(pledgedAnnBob.memberId);

    const result = await tally();
    expect(result).toMatchObject({
      region: { id: arranged.regionId, code: 'LE' },
      members: 4,
      called: 5,
      reached: 4,
      pledged: 2,
      firstPreferences: [
        { candidate: { name: 'Ann Ours' }, count: 0 },
        { candidate: { name: 'Bob Ours' }, count: 1 },
        { candidate: { name: 'Cat Theirs' }, count: 1 },
      ],
      secondPreferenceAgreed: 1,
      pledgeStatuses: [
        { status: 'PLEDGED', count: 2 },
        { status: 'LEANING', count: 1 },
        { status: 'UNDECIDED', count: 0 },
        { status: 'AGAINST', count: 1 },
        { status: 'NOT_VOTING', count: 0 },
      ],
      secondPreferences: [
        { answer: 'NOT_ASKED', count: 2 },
        { answer: 'AGREED', count: 1 },
        { answer: 'DECLINED', count: 1 },
        { answer: 'UNSURE', count: 0 },
      ],
      secondPreferenceCandidates: [
        { candidate: { name: 'Ann Ours' }, count: 1 },
        { candidate: { name: 'Bob Ours' }, count: 0 },
      ],
      ballotsReceived: 2,
      voted: 1,
      transfers: [
        { from: { name: 'Bob Ours' }, to: null, count: 1 },
        { from: { name: 'Cat Theirs' }, to: { name: 'Ann Ours' }, count: 1 },
        { from: { name: 'Cat Theirs' }, to: null, count: 1 },
      ],
      days: [
        { day: '2026-07-01', calls: 5, reached: 3, pledged: 2 },
        { day: '2026-07-02', calls: 2, reached: 2, pledged: 1 },
      ],
      volunteers: [
        {
          volunteer: { id: arranged.volunteer.id },
          calls: 4,
          reached: 3,
          pledged: 1,
          lastCallAt: DAY_TWO.toISOString(),
        },
        {
          volunteer: { id: second.id },
          calls: 3,
          reached: 2,
          pledged: 2,
          lastCallAt: DAY_TWO.toISOString(),
        },
      ],
      countedAt: DAY_TWO.toISOString(),
    });
  });

  it('counts the members who may be called through imports, moves between regions, opt-outs and erasure', async () => {
    const admin = testApp.admin.client;
    const members = async () =>
      (
        await admin.ok<{ regionTallies: { region: { code: string }; members: number }[] }>(
          TALLIES,
          { electionId: arranged.electionId },
        )
      ).regionTallies.map((t) => `${t.region.code} ${t.members}`);
    expect(await members()).toEqual(['LE 4', 'SCO 0']);
    const [moving, optingOut, erased] = await testApp.sql<{
      id: string;
      membership_number: string;
    }>(
      `SELECT id, membership_number FROM member
        WHERE region_id = $1 AND NOT do_not_call ORDER BY membership_number`,
      [arranged.regionId],
    );
    const file = [
      'membership_number,first_name,last_name,phone,region',
      'NEW1,Nia,New,07700 900101,LE',
      'NEW2,Ned,New,07700 900102,LE',
      `${moving.membership_number},Mo,Moved,07700 900103,SCO`,
    ].join('\n');
    const upload = await fetch(
      `${testApp.baseUrl}/api/imports/members?electionId=${arranged.electionId}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie: admin.cookie as string },
        body: file,
      },
    );
    const { id } = (await upload.json()) as { id: string };
    for (let status = ''; status !== 'SUCCEEDED';) {
      await new Promise((done) => setTimeout(done, 100));
      ({
        memberImport: { status },
      } = await admin.ok<{ memberImport: { status: string } }>(
        `query($id: ID!) { memberImport(id: $id) { status } }`,
        { id },
      ));
      expect(status).not.toBe('FAILED');
    }
    expect(await members()).toEqual(['LE 5', 'SCO 1']);
    await arranged.coordinator.client.ok(
      `mutation($id: ID!) { optOutMember(memberId: $id, reason: "Asked by email") { id } }`,
      { id: optingOut.id },
    );
    await admin.ok(`mutation($id: ID!) { eraseMember(memberId: $id) { id } }`, { id: erased.id });
    expect(await members()).toEqual(['LE 3', 'SCO 1']);
  });

  it('gives the same figures when rebuilt from the calls and pledges, as the migrations do', async () => {
    // Every candidate measure, those no query shows (leaning first preferences) included.
    const candidateCounts = () =>
      testApp.sql(
        `SELECT measure, candidate_id, next_candidate_id, sum(count)::int AS count FROM candidate_tally
          GROUP BY 1, 2, 3 HAVING sum(count) <> 0 ORDER BY 1, 2, 3 NULLS FIRST`,
      );
    const kept = await tally();
    const keptCounts = await candidateCounts();
    expect(keptCounts).toContainEqual(
      expect.objectContaining({ measure: 'LEANING_FIRST_PREFERENCE', count: 1 }),
    );
    await testApp.sql(
      'TRUNCATE member_contact, region_tally, candidate_tally, region_day_activity, region_volunteer_activity',
    );
    for (const statement of REBUILD_TALLIES_SQL) await testApp.sql(statement);
    expect(await tally()).toEqual(kept);
    expect(await candidateCounts()).toEqual(keptCounts);
  });

  it('shows a coordinator only their regions, and no volunteer any', async () => {
    const outsider = await testApp.user(Role.COORDINATOR, [arranged.otherRegionId]);
    expect((await outsider.client.fails(TALLY, { id: arranged.regionId })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    // A region that does not exist is not theirs either (nothing to learn from the answer).
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await outsider.client.fails(TALLY, { id: missing })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await testApp.admin.client.fails(TALLY, { id: missing })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    for (const volunteer of [arranged.volunteer.client, second.client]) {
      expect((await volunteer.fails(TALLY, { id: arranged.regionId })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await volunteer.fails(TALLIES)).extensions?.code).toBe('FORBIDDEN');
    }

    const own = await outsider.client.ok<{ regionTallies: { region: { code: string } }[] }>(
      TALLIES,
      { electionId: arranged.electionId },
    );
    expect(own.regionTallies.map((t) => t.region.code)).toEqual(['SCO']);
    const everything = await testApp.admin.client.ok<{
      regionTallies: { region: { code: string }; members: number }[];
    }>(TALLIES, { electionId: arranged.electionId });
    expect(everything.regionTallies).toEqual([
      { region: { code: 'LE' }, members: 3 },
      { region: { code: 'SCO' }, members: 1 },
    ]);
  });

  it('defaults to the newest election: for a coordinator, the newest where they cover a region', async () => {
    const newer = await arrangeQueue(testApp, 2, 'Tallies, later');
    const newest = await testApp.admin.client.ok<{
      regionTallies: { region: { code: string }; members: number }[];
    }>(TALLIES);
    expect(newest.regionTallies).toEqual([
      { region: { code: 'LE' }, members: 2 },
      { region: { code: 'SCO' }, members: 0 },
    ]);
    const coordinator = await arranged.coordinator.client.ok<{
      regionTallies: { region: { code: string }; members: number }[];
    }>(TALLIES);
    expect(coordinator.regionTallies).toEqual([{ region: { code: 'LE' }, members: 3 }]);
    const newCoordinator = await newer.coordinator.client.ok<{
      regionTallies: { region: { code: string }; members: number }[];
    }>(TALLIES);
    expect(newCoordinator.regionTallies).toEqual([{ region: { code: 'LE' }, members: 2 }]);
  });

  it('leaves a deleted candidate out of the transfers, and lets a region with tallies be deleted', async () => {
    await testApp.admin.client.ok(`mutation($id: ID!) { deleteCandidate(id: $id) }`, {
      id: candidates.cat,
    });
    const result = await tally(testApp.admin.client);
    expect(result.transfers).toEqual([{ from: { name: 'Bob Ours' }, to: null, count: 1 }]);
    expect(result.firstPreferences.map((row) => row.candidate.name)).toEqual([
      'Ann Ours',
      'Bob Ours',
    ]);
    await testApp.admin.client.ok(`mutation($id: ID!) { deleteRegion(id: $id) }`, {
      id: arranged.regionId,
    });
    const [{ rows }] = await testApp.sql<{ rows: number }>(
      `SELECT (SELECT count(*) FROM region_tally WHERE region_id = $1)
            + (SELECT count(*) FROM candidate_tally WHERE region_id = $1)
            + (SELECT count(*) FROM region_day_activity WHERE region_id = $1)
            + (SELECT count(*) FROM region_volunteer_activity WHERE region_id = $1) AS rows`,
      [arranged.regionId],
    );
    expect(Number(rows)).toBe(0);
    await testApp.admin.client.ok(`mutation($id: ID!) { deleteElection(id: $id) }`, {
      id: arranged.electionId,
    });
  });
});
