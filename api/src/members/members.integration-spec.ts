import { createHash } from 'node:crypto';

import { Role } from '@phonebank/domain';

import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

const MEMBERS = `query($filter: MemberFilter, $offset: Int, $limit: Int) {
  members(filter: $filter, offset: $offset, limit: $limit) {
    total offset limit
    items { id membershipNumber firstName lastName postcode maskedPhone doNotCall erased sharedPhone pledgeStatus called region { code } }
  }
}`;
const MEMBER = `query($id: ID!) { member(id: $id) {
  id membershipNumber firstName lastName phone email postcode phoneType doNotCall optedOutAt optOutReason
  erased sharedPhone createdAt updatedAt region { code } latestPledge { status secondPreference createdAt }
} }`;
const OPT_OUT = `mutation($id: ID!, $reason: String) { optOutMember(memberId: $id, reason: $reason) { id doNotCall optedOutAt optOutReason } }`;
const ERASE = `mutation($id: ID!) { eraseMember(memberId: $id) { id membershipNumber firstName lastName phone email postcode erased doNotCall } }`;

interface Summary {
  id: string;
  membershipNumber: string;
  firstName: string;
  lastName: string;
  postcode: string | null;
  maskedPhone: string | null;
  doNotCall: boolean;
  erased: boolean;
  sharedPhone: boolean;
  pledgeStatus: string | null;
  called: boolean;
  region: { code: string } | null;
}
interface Page {
  total: number;
  offset: number;
  limit: number;
  items: Summary[];
}

interface MemberRow {
  number: string;
  first?: string;
  last?: string;
  phone?: string | null;
  email?: string | null;
  postcode?: string | null;
  regionId?: string | null;
}

describe('members: list, search, read, opt out, erase', () => {
  let testApp: TestApp;
  let admin: TestClient;
  let electionId: string;
  let london: string;
  let scotland: string;
  let coordinator: TestClient;
  let volunteer: TestClient;
  const ids = new Map<string, string>();

  async function insertMember(row: MemberRow): Promise<string> {
    const [{ id }] = await testApp.sql<{ id: string }>(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, email, postcode, region_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        electionId,
        row.number,
        row.first ?? 'Test',
        row.last ?? 'Member',
        row.phone ?? null,
        row.email ?? null,
        row.postcode ?? null,
        row.regionId === undefined ? london : row.regionId,
      ],
    );
    ids.set(row.number, id);
    return id;
  }

  async function list(client: TestClient, variables: Record<string, unknown>): Promise<Page> {
    return (await client.ok<{ members: Page }>(MEMBERS, variables)).members;
  }

  const numbers = (page: Page) => page.items.map((item) => item.membershipNumber).sort();

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.admin.client;
    electionId = (
      await admin.ok<{ createElection: { id: string } }>(
        `mutation { createElection(input: { name: "Members", rule: SCOTTISH }) { id } }`,
      )
    ).createElection.id;
    const region = async (code: string) =>
      (
        await admin.ok<{ createRegion: { id: string } }>(
          `mutation($id: ID!, $code: String!) { createRegion(input: { electionId: $id, code: $code, name: $code, seats: 3 }) { id } }`,
          { id: electionId, code },
        )
      ).createRegion.id;
    london = await region('LE');
    scotland = await region('SC');
    coordinator = (await testApp.user(Role.COORDINATOR, [london])).client;
    volunteer = (await testApp.user(Role.VOLUNTEER, [london])).client;

    await insertMember({
      number: 'M0001',
      first: 'Ada',
      last: 'Smithson',
      phone: '+447700900123',
      postcode: 'SW1A 1AA',
      email: 'ada@example.org',
    });
    await insertMember({
      number: 'M0002',
      first: 'Bea',
      last: 'Jones',
      phone: '+447700900123',
      postcode: 'N1 9GU',
    });
    await insertMember({
      number: 'M0003',
      first: 'Cal',
      last: 'Okafor',
      phone: '+442079460000',
      postcode: 'E1 6AN',
    });
    for (let i = 10; i < 32; i += 1)
      await insertMember({ number: `P00${i}`, first: `Page${i}`, last: 'Filler' });
    await insertMember({
      number: 'S0001',
      first: 'Sco',
      last: 'Tish',
      phone: '+447700900999',
      postcode: 'EH1 1AA',
      regionId: scotland,
    });
    await testApp.sql(
      `INSERT INTO pledge (member_id, election_id, region_id, status, is_latest) VALUES
         ($1, $3, $4, 'AGAINST', false), ($1, $3, $4, 'PLEDGED', true), ($2, $3, $4, 'LEANING', true)`,
      [ids.get('M0001'), ids.get('M0002'), electionId, london],
    );
  });
  afterAll(() => testApp.close());

  it('pages the list on the server with the total', async () => {
    const first = await list(admin, { filter: { electionId }, offset: 0, limit: 10 });
    const second = await list(admin, { filter: { electionId }, offset: 10, limit: 10 });
    expect(first.total).toBe(26);
    expect(first.items).toHaveLength(10);
    expect(second).toMatchObject({ total: 26, offset: 10, limit: 10 });
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(20);
    const last = await list(admin, { filter: { electionId }, offset: 20, limit: 10 });
    expect(last.items).toHaveLength(6);
    for (const limit of [0, 201]) {
      const error = await admin.fails(MEMBERS, { filter: { electionId }, limit });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('shows a row without the full phone number or email', async () => {
    const page = await list(admin, { filter: { electionId, search: 'M0001' } });
    expect(page.items).toEqual([
      expect.objectContaining({
        membershipNumber: 'M0001',
        firstName: 'Ada',
        maskedPhone: '+44 •••• ••0123',
        postcode: 'SW1A 1AA',
        sharedPhone: true,
        pledgeStatus: 'PLEDGED',
        called: false,
        region: { code: 'LE' },
      }),
    ]);
    expect(JSON.stringify(page)).not.toContain('900123');
  });

  it('searches name (partial, any case), membership number, phone and postcode', async () => {
    const search = async (text: string) =>
      numbers(await list(admin, { filter: { electionId, search: text } }));
    expect(await search('smiTH')).toEqual(['M0001']);
    expect(await search('ada smith')).toEqual(['M0001']);
    expect(await search('M000')).toEqual(['M0001', 'M0002', 'M0003']);
    expect(await search('07700 900123')).toEqual(['M0001', 'M0002']);
    expect(await search('+44 20 7946')).toEqual(['M0003']);
    expect(await search('sw1a1aa')).toEqual(['M0001']);
    expect(await search('n1 9')).toEqual(['M0002']);
    expect(await search('nobody at all')).toEqual([]);
    expect(await search('%')).toEqual([]);
  });

  it('filters by opted out, called and latest pledge status', async () => {
    const filtered = async (filter: Record<string, unknown>) =>
      list(admin, { filter: { electionId, ...filter }, limit: 200 });
    expect(numbers(await filtered({ pledgeStatus: 'PLEDGED' }))).toEqual(['M0001']);
    expect(numbers(await filtered({ pledgeStatus: 'LEANING' }))).toEqual(['M0002']);
    expect(numbers(await filtered({ pledgeStatus: 'AGAINST' }))).toEqual([]);
    // No call has been recorded yet.
    expect((await filtered({ called: true })).total).toBe(0);
    expect((await filtered({ called: false })).total).toBe(26);
    await testApp.sql(`UPDATE member SET do_not_call = true WHERE membership_number = 'P0010'`);
    expect(numbers(await filtered({ optedOut: true }))).toEqual(['P0010']);
    expect((await filtered({ optedOut: false })).total).toBe(25);
    expect(numbers(await filtered({ regionId: scotland }))).toEqual(['S0001']);
    await testApp.sql(`UPDATE member SET do_not_call = false WHERE membership_number = 'P0010'`);
  });

  it('keeps a coordinator to their own regions', async () => {
    const own = await list(coordinator, { filter: { electionId }, limit: 200 });
    expect(own.total).toBe(25);
    expect(own.items.every((item) => item.region?.code === 'LE')).toBe(true);
    const error = await coordinator.fails(MEMBERS, { filter: { regionId: scotland } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const read = await coordinator.fails(MEMBER, { id: ids.get('S0001') });
    expect(read.extensions?.code).toBe('FORBIDDEN');
    const optOut = await coordinator.fails(OPT_OUT, { id: ids.get('S0001') });
    expect(optOut.extensions?.code).toBe('FORBIDDEN');
    const { member } = await coordinator.ok<{ member: { phone: string } }>(MEMBER, {
      id: ids.get('M0003'),
    });
    expect(member.phone).toBe('+442079460000');
  });

  it('lets a volunteer read no member at all', async () => {
    for (const [query, variables] of [
      [MEMBERS, {}],
      [MEMBER, { id: ids.get('M0001') }],
      [OPT_OUT, { id: ids.get('M0001') }],
      [ERASE, { id: ids.get('M0001') }],
    ] as const) {
      expect((await volunteer.fails(query, variables)).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await coordinator.fails(ERASE, { id: ids.get('M0001') })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it("records every reading of a member's contact details in the audit log", async () => {
    const id = ids.get('M0001') as string;
    const { member } = await coordinator.ok<{ member: Record<string, unknown> }>(MEMBER, { id });
    expect(member).toMatchObject({
      membershipNumber: 'M0001',
      phone: '+447700900123',
      email: 'ada@example.org',
      erased: false,
      sharedPhone: true,
      latestPledge: { status: 'PLEDGED', secondPreference: 'NOT_ASKED' },
      region: { code: 'LE' },
    });
    const rows = await testApp.sql<{ user_id: string; region_id: string }>(
      `SELECT user_id, region_id FROM audit_log WHERE action = 'VIEW_MEMBER_CONTACT' AND subject_type = 'member' AND subject_id = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].region_id).toBe(london);
    expect(await admin.ok(MEMBER, { id: '6a1f7c0e-1111-4222-8333-444455556666' })).toEqual({
      member: null,
    });
  });

  it('opts a member out once: a second opt-out keeps the first time and reason', async () => {
    const id = ids.get('M0003') as string;
    const first = (
      await coordinator.ok<{ optOutMember: Record<string, unknown> }>(OPT_OUT, {
        id,
        reason: 'Asked not to be called',
      })
    ).optOutMember;
    expect(first).toMatchObject({ doNotCall: true, optOutReason: 'Asked not to be called' });
    expect(first.optedOutAt).toBeTruthy();
    const second = (
      await admin.ok<{ optOutMember: Record<string, unknown> }>(OPT_OUT, { id, reason: 'Again' })
    ).optOutMember;
    expect(second).toEqual(first);
    const audit = await testApp.sql<{ details: { alreadyOptedOut: boolean } }>(
      `SELECT details FROM audit_log WHERE action = 'OPT_OUT_MEMBER' AND subject_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((row) => row.details.alreadyOptedOut)).toEqual([false, true]);
    expect(JSON.stringify(audit)).not.toContain('Asked');
  });

  it('an opted-out member is withdrawn from an active call queue and never offered again', async () => {
    const id = await insertMember({
      number: 'Q0001',
      first: 'Quinn',
      last: 'Callable',
      phone: '+447700900555',
    });
    const { createCallList } = await coordinator.ok<{ createCallList: { id: string } }>(
      `mutation($regionId: ID!) { createCallList(input: { name: "Opt-out check", regionId: $regionId,
         callingHours: { from: "00:00", to: "23:59" } }) { id } }`,
      { regionId: london },
    );
    const [{ queued }] = await testApp.sql<{ queued: number }>(
      `SELECT count(*)::int AS queued FROM call_queue_entry WHERE call_list_id = $1 AND member_id = $2 AND state = 'WAITING'`,
      [createCallList.id, id],
    );
    expect(queued).toBe(1);
    await coordinator.ok(OPT_OUT, { id });
    const offered: string[] = [];
    for (;;) {
      const { claimNextContact: held } = await coordinator.ok<{
        claimNextContact: { id: string; member: { id: string } } | null;
      }>(`mutation($id: ID!) { claimNextContact(callListId: $id) { id member { id } } }`, {
        id: createCallList.id,
      });
      if (!held) break;
      offered.push(held.member.id);
      await coordinator.ok(
        `mutation($input: RecordCallOutcomeInput!) { recordCallOutcome(input: $input) { id } }`,
        {
          input: {
            idempotencyKey: `opt-out-${held.id}`,
            claimId: held.id,
            disposition: 'ANSWERED',
          },
        },
      );
    }
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain(id);
    const callable = await list(admin, {
      filter: { electionId, optedOut: false, search: 'Q0001' },
    });
    expect(callable.total).toBe(0);
  });

  it('erases a member: contact data gone, number hashed, pledge tallies unchanged', async () => {
    const id = ids.get('M0001') as string;
    const tally = () =>
      testApp.sql<{ region_id: string; status: string; n: number }>(
        `SELECT region_id, status, count(*)::int AS n FROM pledge WHERE is_latest GROUP BY 1, 2 ORDER BY 1, 2`,
      );
    const before = await tally();
    const { eraseMember } = await admin.ok<{ eraseMember: Record<string, unknown> }>(ERASE, { id });
    expect(eraseMember).toEqual({
      id,
      membershipNumber: '',
      firstName: 'Erased member',
      lastName: '',
      phone: null,
      email: null,
      postcode: null,
      erased: true,
      doNotCall: true,
    });
    expect(await tally()).toEqual(before);
    const [row] = await testApp.sql<Record<string, unknown>>(`SELECT * FROM member WHERE id = $1`, [
      id,
    ]);
    const hash = createHash('sha256').update(`${electionId}:M0001`, 'utf8').digest('hex');
    expect(row).toMatchObject({
      first_name: '',
      last_name: '',
      phone: null,
      email: null,
      postcode: null,
      phone_type: null,
      do_not_call: true,
      membership_number: `erased:${hash.slice(0, 57)}`,
    });
    expect(row.erased_at).not.toBeNull();

    // Erasing twice is harmless.
    await admin.ok(ERASE, { id });
    const [again] = await testApp.sql<Record<string, unknown>>(
      `SELECT membership_number, erased_at FROM member WHERE id = $1`,
      [id],
    );
    expect(again).toEqual({ membership_number: row.membership_number, erased_at: row.erased_at });
    const audit = await testApp.sql<{ details: Record<string, unknown> }>(
      `SELECT details FROM audit_log WHERE action = 'ERASE_MEMBER' AND subject_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((entry) => entry.details)).toEqual([
      { alreadyErased: false },
      { alreadyErased: true },
    ]);

    // The list shows them as "Erased member", without contact data; searches no longer find them.
    const page = await list(admin, { filter: { electionId, pledgeStatus: 'PLEDGED' } });
    expect(page.items).toEqual([
      expect.objectContaining({
        id,
        firstName: 'Erased member',
        lastName: '',
        membershipNumber: '',
        postcode: null,
        maskedPhone: null,
        erased: true,
        pledgeStatus: 'PLEDGED',
      }),
    ]);
    expect(numbers(await list(admin, { filter: { electionId, search: 'M0001' } }))).toEqual([]);

    // A new row with the same membership number is a different member.
    const fresh = await insertMember({ number: 'M0001', first: 'Ada', last: 'Smithson' });
    expect(fresh).not.toBe(id);
    const found = await list(admin, { filter: { electionId, search: 'M0001' } });
    expect(found.items.map((item) => item.id)).toEqual([fresh]);
    await testApp.sql(`DELETE FROM member WHERE id = $1`, [fresh]);
  });
});
