import { Role } from '@phonebank/domain';

import { ADD_VOLUNTEERS, claim, createList, record } from '../../test/call-queue-fixture';
import { startTestApp, type TestApp, type TestClient, type TestUser } from '../../test/test-app';

const ERASE = `mutation($id: ID!) { eraseMember(memberId: $id) { id erased } }`;
const VIEW = `query($id: ID!) { member(id: $id) { id firstName phone email } }`;
const OPT_OUT = `mutation($id: ID!, $reason: String) { optOutMember(memberId: $id, reason: $reason) { id } }`;
const IMPORT_STATUS = `query($id: ID!) { memberImport(id: $id) { status rowsRejected errors { line message } } }`;

/** Ada's data as the file, the volunteer and the coordinator wrote it. */
const ADA = {
  number: 'ZX7781',
  first: 'Ada',
  last: 'Smithson',
  email: 'ada.smithson@example.org',
  e164: '+447700900123',
};
/** Every form of Ada's data that must be gone, case-sensitive. */
const NEEDLES = [
  ADA.number,
  ADA.last,
  ADA.email,
  ADA.e164,
  '07700900123',
  '07700 900123',
  '7700 900123',
  '7700900123',
  '+44 (0)7700',
  // Her home phone, the landline column of the file.
  '+442079460123',
  '020 7946 0123',
  '2079460123',
];

interface Hit {
  table: string;
  column: string;
  needle: string;
}

/**
 * Every text, varchar, char, json, jsonb, array and bytea column of every table of every
 * schema but PostgreSQL's own, read from information_schema so that no table can be missed.
 */
async function scan(testApp: TestApp): Promise<Hit[]> {
  const columns = await testApp.sql<{
    schema: string;
    table: string;
    column: string;
    type: string;
  }>(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column, c.data_type AS type
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea', 'USER-DEFINED')`,
  );
  const hits: Hit[] = [];
  for (const { schema, table, column, type } of columns) {
    const name = `"${schema}"."${table}"`;
    const value = type === 'bytea' ? `encode("${column}", 'escape')` : `"${column}"::text`;
    const rows = await testApp.sql<{ needle: string }>(
      `SELECT DISTINCT needle FROM ${name}, unnest($1::text[]) AS needle
        WHERE position(needle IN ${value}) > 0`,
      [NEEDLES],
    );
    for (const { needle } of rows) hits.push({ table: `${schema}.${table}`, column, needle });
  }
  return hits;
}

describe('erasure leaves nothing of the member anywhere in the database', () => {
  let testApp: TestApp;
  let admin: TestClient;
  let coordinator: TestUser;
  let volunteer: TestUser;
  let electionId: string;
  let regionId: string;

  async function upload(body: string, fileName: string): Promise<string> {
    const params = new URLSearchParams({ electionId, fileName });
    const response = await fetch(`${admin.baseUrl}/api/imports/members?${params}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: admin.cookie as string },
      body,
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { memberImport } = await admin.ok<{ memberImport: { status: string } }>(IMPORT_STATUS, {
        id,
      });
      if (memberImport.status === 'SUCCEEDED') return id;
      if (memberImport.status === 'FAILED' || Date.now() > deadline)
        throw new Error(`import ${id}: ${memberImport.status}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  async function errorsCsv(importId: string): Promise<string> {
    const response = await fetch(`${admin.baseUrl}/api/imports/${importId}/errors.csv`, {
      headers: { cookie: admin.cookie as string },
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.admin.client;
    electionId = (
      await admin.ok<{ createElection: { id: string } }>(
        `mutation { createElection(input: { name: "Erasure", rule: SCOTTISH }) { id } }`,
      )
    ).createElection.id;
    regionId = (
      await admin.ok<{ createRegion: { id: string } }>(
        `mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 3 }) { id } }`,
        { id: electionId },
      )
    ).createRegion.id;
    coordinator = await testApp.user(Role.COORDINATOR, [regionId]);
    volunteer = await testApp.user(Role.VOLUNTEER, [regionId]);
  });
  afterAll(() => testApp.close());

  it('after eraseMember no text, JSON or bytes of any table holds their name, number, phone or email', async () => {
    // The import: Ada's row, then her row again (rejected as a repeat, kept as it was), and Bob.
    const importId = await upload(
      [
        'membership_number,first_name,last_name,phone,landline,email,postcode,region,tags',
        `${ADA.number},${ADA.first},${ADA.last},07700 900123,020 7946 0123,${ADA.email},SW1A 1AA,LE,union`,
        `${ADA.number},${ADA.first},${ADA.last},+44 (0)7700 900123,,${ADA.email},SW1A 1AA,LE,union`,
        'QB2001,Bob,Brown,07700 900456,,,,LE,',
        `,${ADA.first},${ADA.last},07700900123,,,,LE,`,
      ].join('\n'),
      `members incl. ${ADA.first} ${ADA.last}.csv`,
    );
    expect(await errorsCsv(importId)).toContain(ADA.last);
    const [{ id: adaId }] = await testApp.sql<{ id: string }>(
      'SELECT id FROM member WHERE membership_number = $1',
      [ADA.number],
    );

    // A script with a free-text step, and calls to Ada and to Bob whose notes name Ada.
    const { saveCallScript } = await coordinator.client.ok<{
      saveCallScript: { versionId: string };
    }>(`mutation($input: SaveCallScriptInput!) { saveCallScript(input: $input) { versionId } }`, {
      input: {
        electionId,
        regionId,
        steps: [
          { key: 'help', type: 'VOLUNTEER_INTEREST', text: 'Will you help?' },
          { key: 'other', type: 'FREE_TEXT', text: 'Anything else?' },
        ],
      },
    });
    const list = await createList(coordinator.client, regionId, { maxAttempts: 3 });
    await coordinator.client.ok(ADD_VOLUNTEERS, { id: list.id, userIds: [volunteer.id] });
    const notes = `Spoke to ${ADA.first} ${ADA.last}, call back on +44 7700 900123 or write to ${ADA.email}`;
    for (let calls = 0; calls < 2; calls += 1) {
      const held = await claim(volunteer.client, list.id);
      if (!held) throw new Error('nobody to call');
      await record(volunteer.client, held.id, 'ANSWERED', {
        notes:
          held.member.id === adaId
            ? notes
            : `Bob says his neighbour ${ADA.last}, ${ADA.first} (07700 900123, home 020 7946 0123) will help`,
        scriptVersionId: saveCallScript.versionId,
        answers: [
          { key: 'help', values: ['YES'] },
          { key: 'other', values: [`Ask ${ADA.first} ${ADA.last} about ${ADA.number}`] },
        ],
        pledge: { status: 'PLEDGED', ranking: [] },
      });
    }

    // Her opt-out reason, and readings of her record (audited).
    await coordinator.client.ok(OPT_OUT, {
      id: adaId,
      reason: `${ADA.first} ${ADA.last} asked by email (${ADA.email}) not to be called`,
    });
    await admin.ok(VIEW, { id: adaId });
    await coordinator.client.ok(VIEW, { id: adaId });

    const before = await scan(testApp);
    for (const table of ['public.member', 'public.member_import_error', 'public.call_record'])
      expect(before.map((hit) => hit.table)).toContain(table);
    const tallies = `SELECT status, count(*)::int AS n FROM pledge WHERE is_latest GROUP BY 1 ORDER BY 1`;
    const callCount = 'SELECT disposition, count(*)::int AS n FROM call_record GROUP BY 1';
    const pledgesBefore = await testApp.sql(tallies);
    const callsBefore = await testApp.sql(callCount);
    const regionTallyBefore = await testApp.sql('SELECT * FROM region_tally ORDER BY region_id');

    await admin.ok(ERASE, { id: adaId });

    expect(await scan(testApp)).toEqual([]);
    // Tallies and counts are kept.
    expect(await testApp.sql(tallies)).toEqual(pledgesBefore);
    expect(await testApp.sql(callCount)).toEqual(callsBefore);
    expect(await testApp.sql('SELECT * FROM region_tally ORDER BY region_id')).toEqual(
      regionTallyBefore,
    );
    // Bob's call keeps its note, without her in it, and the choices of both calls stay.
    const answers = await testApp.sql<{
      member_id: string;
      notes: string | null;
      answers: unknown;
    }>('SELECT member_id, notes, answers FROM call_record ORDER BY member_id = $1', [adaId]);
    expect(answers).toEqual([
      {
        member_id: expect.any(String),
        notes: 'Bob says his neighbour [erased] ([erased], home [erased]) will help',
        answers: { help: 'YES', other: 'Ask [erased] about [erased]' },
      },
      { member_id: adaId, notes: null, answers: { help: 'YES' } },
    ]);
    // The error report still lists every rejected line, without her rows' contents.
    const { memberImport } = await admin.ok<{
      memberImport: { rowsRejected: number; errors: { line: number; message: string }[] };
    }>(IMPORT_STATUS, { id: importId });
    expect(memberImport.rowsRejected).toBe(2);
    expect(memberImport.errors.map((error) => error.line)).toEqual([3, 5]);
    expect(await errorsCsv(importId)).not.toMatch(/Smithson|ZX7781|7700 900123/);

    // A later file carrying her again is refused without keeping her row.
    await upload(
      [
        'membership_number,first_name,last_name,phone,email,region',
        `${ADA.number},${ADA.first},${ADA.last},07700 900123,${ADA.email},LE`,
        // Her row again with a number that is no phone: rejected, and still not kept.
        `${ADA.number},${ADA.first},${ADA.last},07700 9001234567,${ADA.email},LE`,
      ].join('\n'),
      'again.csv',
    );
    expect(await scan(testApp)).toEqual([]);
  });

  it('erasing a member an older erasure left notes for clears them too', async () => {
    const [bob] = await testApp.sql<{ id: string }>(
      "SELECT id FROM member WHERE membership_number = 'QB2001'",
    );
    // As erasure was before it reached calls: the member row cleared, the call notes kept.
    await testApp.sql(
      `UPDATE member SET first_name = '', last_name = '', phone = NULL, erased_at = now(),
         membership_number = 'erased:old' WHERE id = $1`,
      [bob.id],
    );
    expect(
      await testApp.sql('SELECT notes FROM call_record WHERE member_id = $1', [bob.id]),
    ).toEqual([{ notes: expect.stringContaining('Bob says') }]);
    await admin.ok(ERASE, { id: bob.id });
    expect(
      await testApp.sql('SELECT notes, answers FROM call_record WHERE member_id = $1', [bob.id]),
    ).toEqual([{ notes: null, answers: { help: 'YES' } }]);
  });
});
