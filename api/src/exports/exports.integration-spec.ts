import { Role } from '@phonebank/domain';
import { parse } from 'csv-parse/sync';

import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

describe('CSV exports and the audit log', () => {
  let testApp: TestApp;
  let admin: TestClient;
  let electionId: string;
  let london: string;
  let scotland: string;
  let coordinator: { id: string; client: TestClient };
  let volunteer: TestClient;
  const candidates: Record<string, string> = {};

  async function download(client: TestClient, path: string) {
    const response = await fetch(`${testApp.baseUrl}${path}`, {
      headers: client.cookie ? { cookie: client.cookie } : {},
    });
    const text = await response.text();
    return {
      response,
      text,
      rows: response.ok ? (parse(text, { columns: true }) as Record<string, string>[]) : [],
    };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.admin.client;
    electionId = (
      await admin.ok<{ createElection: { id: string } }>(
        `mutation { createElection(input: { name: "Exports", rule: SCOTTISH }) { id } }`,
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
    for (const name of ['Alice Ames', 'Bob Brown', 'Cara Cole']) {
      candidates[name] = (
        await admin.ok<{ createCandidate: { id: string } }>(
          `mutation($regionId: ID!, $name: String!) { createCandidate(input: { regionId: $regionId, name: $name }) { id } }`,
          { regionId: london, name },
        )
      ).createCandidate.id;
    }
    coordinator = await testApp.user(Role.COORDINATOR, [london]);
    volunteer = (await testApp.user(Role.VOLUNTEER, [london])).client;
    await testApp.sql(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, email, postcode, region_id, erased_at)
       VALUES ($1, 'L1', 'Lou', 'O''Neill, Jr', '+447700900001', 'lou@example.org', 'N1 9GU', $2, NULL),
              ($1, 'L2', 'Lee', 'Line "Two"', NULL, NULL, NULL, $2, NULL),
              ($1, 'erased:abc', '', '', NULL, NULL, NULL, $2, now()),
              ($1, 'S1', 'Sam', 'Scot', '+447700900003', NULL, 'EH1 1AA', $3, NULL)`,
      [electionId, london, scotland],
    );
    await testApp.sql(
      `INSERT INTO pledge (member_id, election_id, region_id, status, ranking, second_preference, second_preference_candidate_id, ballot_received, voted, is_latest)
       SELECT m.id, m.election_id, m.region_id, v.status::pledge_status, v.ranking, v.second::second_preference_answer, v.second_candidate, v.ballot, NULL, v.latest
         FROM member m JOIN (VALUES
           ('L1', 'UNDECIDED', ARRAY[]::uuid[], 'NOT_ASKED', NULL::uuid, NULL::boolean, false),
           ('L1', 'PLEDGED', ARRAY[$2::uuid, $3::uuid], 'AGREED', $4::uuid, true, true),
           ('erased:abc', 'AGAINST', ARRAY[]::uuid[], 'NOT_ASKED', NULL::uuid, NULL::boolean, true),
           ('S1', 'LEANING', ARRAY[]::uuid[], 'NOT_ASKED', NULL::uuid, NULL::boolean, true)
         ) AS v(number, status, ranking, second, second_candidate, ballot, latest) ON v.number = m.membership_number
        WHERE m.election_id = $1`,
      [electionId, candidates['Bob Brown'], candidates['Alice Ames'], candidates['Cara Cole']],
    );
  });
  afterAll(() => testApp.close());

  it('streams the members of the election, without the erased, as CSV with a row count', async () => {
    const { response, rows } = await download(
      admin,
      `/api/exports/members.csv?electionId=${electionId}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="members-.*\.csv"$/,
    );
    expect(response.headers.get('x-row-count')).toBe('3');
    expect(rows.map((row) => row.membership_number).sort()).toEqual(['L1', 'L2', 'S1']);
    expect(rows.find((row) => row.membership_number === 'L1')).toMatchObject({
      first_name: 'Lou',
      last_name: "O'Neill, Jr",
      phone: '+447700900001',
      email: 'lou@example.org',
      postcode: 'N1 9GU',
      region: 'LE',
      do_not_call: 'f',
    });
    expect(rows.find((row) => row.membership_number === 'L2')?.last_name).toBe('Line "Two"');
  });

  it('keeps a coordinator to their regions and refuses volunteers', async () => {
    const own = await download(
      coordinator.client,
      `/api/exports/members.csv?electionId=${electionId}`,
    );
    expect(own.rows.map((row) => row.membership_number).sort()).toEqual(['L1', 'L2']);
    expect(own.response.headers.get('x-row-count')).toBe('2');
    const other = await download(
      coordinator.client,
      `/api/exports/members.csv?regionId=${scotland}`,
    );
    expect(other.response.status).toBe(403);
    expect(JSON.parse(other.text)).toMatchObject({ code: 'FORBIDDEN' });
    const otherPledges = await download(
      coordinator.client,
      `/api/exports/pledges.csv?regionId=${scotland}`,
    );
    expect(otherPledges.response.status).toBe(403);
    for (const path of ['/api/exports/members.csv', '/api/exports/pledges.csv']) {
      expect((await download(volunteer, path)).response.status).toBe(403);
      expect((await download(testApp.client(), path)).response.status).toBe(401);
    }
    const bad = await download(admin, '/api/exports/members.csv?regionId=not-a-uuid');
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
  });

  it('exports one row per member with a latest pledge, ranking as names in order', async () => {
    const { response, rows } = await download(
      coordinator.client,
      `/api/exports/pledges.csv?regionId=${london}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-row-count')).toBe('2');
    expect(Object.keys(rows[0])).toEqual([
      'membership_number',
      'first_name',
      'last_name',
      'region',
      'status',
      'ranking',
      'second_preference',
      'second_preference_candidate',
      'ballot_received',
      'voted',
      'pledged_at',
    ]);
    const lou = rows.find((row) => row.membership_number === 'L1');
    expect(lou).toMatchObject({
      first_name: 'Lou',
      region: 'LE',
      status: 'PLEDGED',
      ranking: 'Bob Brown; Alice Ames',
      second_preference: 'AGREED',
      second_preference_candidate: 'Cara Cole',
      ballot_received: 't',
      voted: '',
    });
    // The erased member's pledge stays, anonymous, so the totals still add up.
    expect(rows.find((row) => row.status === 'AGAINST')).toMatchObject({
      membership_number: '',
      first_name: '',
      last_name: '',
    });
    const all = await download(admin, `/api/exports/pledges.csv?electionId=${electionId}`);
    expect(all.rows.map((row) => row.status).sort()).toEqual(['AGAINST', 'LEANING', 'PLEDGED']);
  });

  it('records each export with its row count, and lets admins read and filter the log', async () => {
    const AUDIT = `query($filter: AuditFilter, $offset: Int, $limit: Int) { auditLog(filter: $filter, offset: $offset, limit: $limit) {
      total offset limit items { id at action subjectType subjectId details user { id email } region { code } } } }`;
    type Entry = {
      id: string;
      at: string;
      action: string;
      details: string;
      user: { id: string } | null;
      region: { code: string } | null;
    };
    const read = async (filter: Record<string, unknown>, limit = 50) =>
      (await admin.ok<{ auditLog: { total: number; items: Entry[] } }>(AUDIT, { filter, limit }))
        .auditLog;

    const exports = await read({ userId: coordinator.id, action: 'EXPORT_MEMBERS' });
    expect(exports.total).toBe(1);
    expect(exports.items[0]).toMatchObject({
      action: 'EXPORT_MEMBERS',
      user: { id: coordinator.id },
      region: null,
    });
    expect(JSON.parse(exports.items[0].details)).toMatchObject({ rows: 2, electionId });
    const pledges = await read({ userId: coordinator.id, action: 'EXPORT_PLEDGES' });
    expect(pledges.items.map((item) => JSON.parse(item.details).rows)).toEqual([2]);
    expect(pledges.items[0].region).toEqual({ code: 'LE' });

    const everything = await read({});
    expect(everything.total).toBe(4);
    const times = everything.items.map((item) => Date.parse(item.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const page = await read({}, 2);
    expect(page.items.map((item) => item.id)).toEqual(
      everything.items.slice(0, 2).map((item) => item.id),
    );

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await read({ from: future })).total).toBe(0);
    expect((await read({ to: future })).total).toBe(4);
    expect((await read({ from: everything.items[0].at })).total).toBeGreaterThanOrEqual(1);

    const refused = await coordinator.client.fails(AUDIT, {});
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect((await admin.fails(AUDIT, { limit: 201 })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
