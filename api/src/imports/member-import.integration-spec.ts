import { Role } from '@phonebank/domain';
import { parse } from 'csv-parse/sync';

import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';

const IMPORT = `query($id: ID!) { memberImport(id: $id) {
  id status rowsTotal rowsInserted rowsUpdated rowsUnchanged rowsRejected duplicatePhones
  encoding byteSize failureMessage startedAt readAt finishedAt errors { line message } } }`;

interface ImportResult {
  id: string;
  status: string;
  rowsTotal: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  duplicatePhones: number;
  encoding: string;
  failureMessage: string | null;
  startedAt: string | null;
  readAt: string | null;
  finishedAt: string | null;
  errors: { line: number; message: string }[];
}

// Every rule again with two rows per merge batch, so duplicates, erased members and counts
// are also checked across batches, as in a big file.
describe.each([
  ['in one merge batch', {}],
  ['two rows per merge batch', { IMPORT_BATCH_ROWS: '2' }],
])('importing members (%s)', (_batches, environment: Record<string, string>) => {
  let testApp: TestApp;
  let admin: TestClient;
  let electionId: string;
  const regions: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp({ environment });
    admin = testApp.admin.client;
    const { createElection } = await admin.ok<{ createElection: { id: string } }>(
      `mutation { createElection(input: { name: "Import test", rule: SCOTTISH }) { id } }`,
    );
    electionId = createElection.id;
    for (const code of ['LE', 'SE', 'YNI']) {
      const { createRegion } = await admin.ok<{ createRegion: { id: string } }>(
        `mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
        { input: { electionId, code, name: `Region ${code}`, seats: 3 } },
      );
      regions[code] = createRegion.id;
    }
    await admin.ok(
      `mutation($id: ID!) { setRegionPostcodeAreas(regionId: $id, areas: ["E", "n", "CB"]) { id postcodeAreas } }`,
      { id: regions.LE },
    );
    await admin.ok(
      `mutation($id: ID!) { setRegionPostcodeAreas(regionId: $id, areas: ["LS", "BT"]) { id } }`,
      { id: regions.YNI },
    );
  });
  afterAll(() => testApp.close());

  async function upload(
    client: TestClient,
    body: string | Buffer,
    query: Record<string, string> = {},
    contentType = 'text/csv',
  ): Promise<{ status: number; json: { id?: string; code?: string; message?: string } }> {
    const params = new URLSearchParams({ electionId, ...query });
    const response = await fetch(`${client.baseUrl}/api/imports/members?${params}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(client.cookie && { cookie: client.cookie }) },
      body,
    });
    return {
      status: response.status,
      json: (await response.json()) as { id?: string; code?: string; message?: string },
    };
  }

  async function finished(client: TestClient, id: string): Promise<ImportResult> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { memberImport } = await client.ok<{ memberImport: ImportResult }>(IMPORT, { id });
      if (memberImport.status === 'SUCCEEDED' || memberImport.status === 'FAILED')
        return memberImport;
      if (Date.now() > deadline) throw new Error(`import ${id} still ${memberImport.status}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  async function imported(client: TestClient, body: string | Buffer, query = {}) {
    const { status, json } = await upload(client, body, query);
    expect({ status, json }).toEqual({ status: 202, json: { id: expect.any(String) } });
    return finished(client, json.id as string);
  }

  const count = async (sql: string, values: unknown[] = []) =>
    (await testApp.sql<{ n: number }>(sql, values))[0].n;

  it('imports valid rows and reports every rejected row with its line and reason', async () => {
    await testApp.sql(
      `INSERT INTO member (election_id, membership_number, first_name, last_name, region_id, erased_at)
       VALUES ($1::uuid, 'erased:' || left(encode(sha256(convert_to($3::text || ':R9', 'UTF8')), 'hex'), 57), '', '', $2, now())`,
      [electionId, regions.LE, electionId],
    );
    const file = [
      'membership_number,first_name,last_name,phone,email,postcode,region',
      'R1,Ann,Able,07700 900001,ann@example.org,E1 6AN,', // line 2: region from postcode
      'R2,Bob,Baker,12345,,,LE', // 3: bad phone
      ',Cat,Cole,07700900003,,,LE', // 4: no membership number
      'R4,Dan,Dee,07700900004,,,', // 5: no region, no postcode
      'R5,Eve,Eden,07700900005,,,XX', // 6: unknown region
      'R6,Fay,Fox,07700900006,,ZZ9 9ZZ,', // 7: area with no region
      'R7,Gus,Gray,07700900007,,not a postcode,', // 8: bad postcode
      'R1,Ann,Again,07700900008,,,LE', // 9: duplicate of line 2
      'R9,Ida,Ives,07700900009,,,LE', // 10: erased
      'R10,Jo,Jay,+44 20 7946 0123,jo@example.org,LS6 2AB,', // 11: region from postcode (YNI)
      'R11,Kim,Key,07700 900001,,,SE', // 12: shares R1's phone
      'R12,Lee,Lo,07700900012,not-an-email,,LE', // 13: bad email
      'R13,Short', // 14: short row: no region
    ].join('\n');
    const result = await imported(admin, `${file}\n`);
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rowsTotal: 13,
      rowsInserted: 3,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: 10,
      duplicatePhones: 2,
      encoding: 'utf-8',
    });
    // Reading the file ended after it started and before the import finished.
    const [started, read, finished] = [result.startedAt, result.readAt, result.finishedAt].map(
      (at) => Date.parse(at ?? ''),
    );
    expect(read).toBeGreaterThanOrEqual(started);
    expect(read).toBeLessThanOrEqual(finished);
    expect(result.errors).toEqual([
      { line: 3, message: "phone '12345' is not a UK number" },
      { line: 4, message: 'membership number is missing' },
      { line: 5, message: 'neither a region nor a postcode: the region cannot be told' },
      { line: 6, message: "region 'XX' is not a region of this election" },
      {
        line: 7,
        message: 'postcode area ZZ belongs to no region of this election (give a region code)',
      },
      { line: 8, message: "postcode 'not a postcode' is not a UK postcode" },
      { line: 9, message: 'membership number R1 already appears on line 2' },
      { line: 10, message: 'this member was erased at their request' },
      { line: 13, message: "email 'not-an-email' is not an email address" },
      { line: 14, message: 'neither a region nor a postcode: the region cannot be told' },
    ]);
    const members = await testApp.sql<Record<string, string>>(
      `SELECT m.membership_number, m.phone, m.phone_type, m.postcode, r.code
       FROM member m JOIN region r ON r.id = m.region_id
       WHERE m.election_id = $1 AND m.erased_at IS NULL ORDER BY 1`,
      [electionId],
    );
    expect(members).toEqual([
      {
        membership_number: 'R1',
        phone: '+447700900001',
        phone_type: 'MOBILE',
        postcode: 'E1 6AN',
        code: 'LE',
      },
      {
        membership_number: 'R10',
        phone: '+442079460123',
        phone_type: 'FIXED_LINE',
        postcode: 'LS6 2AB',
        code: 'YNI',
      },
      {
        membership_number: 'R11',
        phone: '+447700900001',
        phone_type: 'MOBILE',
        postcode: null,
        code: 'SE',
      },
    ]);
    expect(await count('SELECT count(*)::int AS n FROM member_import_chunk')).toBe(0);

    // The error report lists every rejected row with the file's columns.
    const response = await fetch(`${testApp.baseUrl}/api/imports/${result.id}/errors.csv`, {
      headers: { cookie: admin.cookie as string },
    });
    expect(response.status).toBe(200);
    const lines = parse(await response.text(), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    expect(lines[0]).toEqual([
      'Line',
      'Reason',
      ...'membership_number,first_name,last_name,phone,email,postcode,region'.split(','),
    ]);
    expect(lines).toHaveLength(11);
    expect(lines[1]).toEqual(
      "3,phone '12345' is not a UK number,R2,Bob,Baker,12345,,,LE".split(','),
    );
    expect(lines[7]).toEqual(
      '9,membership number R1 already appears on line 2,R1,Ann,Again,07700900008,,,LE'.split(','),
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'DOWNLOAD_IMPORT_ERRORS'`,
      ),
    ).toBe(1);
  });

  it('changes nothing when the same file comes again, and never clears an opt-out', async () => {
    const file =
      'Membership No,Forename,Surname,Mobile,Region Code\nS1,Sam,Stone,07700900101,SE\nS2,Tia,Tan,07700900102,SE\n';
    expect(await imported(admin, file)).toMatchObject({ rowsInserted: 2, rowsRejected: 0 });
    await testApp.sql(
      `UPDATE member SET do_not_call = true, opted_out_at = now() WHERE membership_number = 'S1'`,
    );
    expect(await imported(admin, file)).toMatchObject({
      rowsTotal: 2,
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 2,
    });
    const changed = file.replace('Tia', 'Tina').replace('Stone', 'Stones');
    expect(await imported(admin, changed)).toMatchObject({ rowsUpdated: 2, rowsUnchanged: 0 });
    const [s1] = await testApp.sql<{ do_not_call: boolean; last_name: string }>(
      `SELECT do_not_call, last_name FROM member WHERE membership_number = 'S1'`,
    );
    expect(s1).toEqual({ do_not_call: true, last_name: 'Stones' });
  });

  it('imports tags, rejects a row with a tag it cannot take, and re-imports them unchanged', async () => {
    const file =
      'membership_number,first_name,region,Tags\nG1,Gil,SE,Trade union; NHS\nG2,Gem,SE,nurses/doctors\n';
    expect(await imported(admin, file)).toMatchObject({ rowsInserted: 1, rowsRejected: 1 });
    const { memberImports } = await admin.ok<{
      memberImports: { errors: { line: number; message: string }[] }[];
    }>('{ memberImports { errors { line message } } }');
    expect(memberImports[0].errors).toEqual([
      { line: 3, message: "tag 'nurses/doctors' must be 1–32 letters, digits, - or _" },
    ]);
    const [g1] = await testApp.sql<{ tags: string[] }>(
      `SELECT tags FROM member WHERE membership_number = 'G1'`,
    );
    expect(g1.tags).toEqual(['trade-union', 'nhs']);
    expect(await imported(admin, file)).toMatchObject({ rowsInserted: 0, rowsUpdated: 0 });
  });

  it('takes an explicit column mapping, from the query or a multipart form', async () => {
    const file = 'Ref;Name;Home tel;Area\nT1;Tom;020 7946 0999;SE\n';
    const mapping = JSON.stringify({ membership_number: 'Ref', phone: 'Home tel', region: 'Area' });
    expect(await imported(admin, file, { mapping })).toMatchObject({ rowsInserted: 1 });
    const form = new FormData();
    form.append('mapping', mapping);
    form.append(
      'file',
      new Blob(['Ref;Name;Home tel;Area\nT2;Tam;020 7946 0998;SE\n']),
      'list.csv',
    );
    const response = await fetch(
      `${testApp.baseUrl}/api/imports/members?electionId=${electionId}`,
      { method: 'POST', headers: { cookie: admin.cookie as string }, body: form },
    );
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(await finished(admin, id)).toMatchObject({ rowsInserted: 1, status: 'SUCCEEDED' });
    const [row] = await testApp.sql<{ file_name: string }>(
      'SELECT file_name FROM member_import WHERE id = $1',
      [id],
    );
    expect(row.file_name).toBe('list.csv');
  });

  it('reads a Windows-1252 file', async () => {
    const file = Buffer.concat([
      Buffer.from('membership_number,first_name,last_name,region\nW1,Zo'),
      Buffer.from([0xeb]),
      Buffer.from(',Br'),
      Buffer.from([0xfc]),
      Buffer.from('ck,LE\n'),
    ]);
    expect(await imported(admin, file)).toMatchObject({
      encoding: 'windows-1252',
      rowsInserted: 1,
    });
    const [member] = await testApp.sql<{ first_name: string; last_name: string }>(
      `SELECT first_name, last_name FROM member WHERE membership_number = 'W1'`,
    );
    expect(member).toEqual({ first_name: 'Zoë', last_name: 'Brück' });
  });

  it('refuses a file that is not CSV, has no usable header, or is too large, writing nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM member_import');
    const binary = await upload(admin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    expect(binary).toEqual({
      status: 415,
      json: { code: 'NOT_CSV', message: expect.stringContaining('not a CSV file') },
    });
    const noDelimiter = await upload(admin, 'just some text\nand more\n');
    expect(noDelimiter.status).toBe(415);
    const noNumber = await upload(admin, 'Name,Mobile\nAnn,07700900001\n');
    expect(noNumber).toEqual({
      status: 400,
      json: {
        code: 'BAD_HEADER',
        message: "The file has no membership_number column; map one of: 'Name', 'Mobile'.",
      },
    });
    const badMapping = await upload(admin, 'a,b\n1,2\n', { mapping: '{"phone":' });
    expect(badMapping.status).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM member_import')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM member_import_chunk')).toBe(0);
  });

  it('lets a coordinator import only into their regions and read only their own imports', async () => {
    const coordinator = await testApp.user(Role.COORDINATOR, [regions.SE]);
    const result = await imported(
      coordinator.client,
      'membership_number,region,postcode\nC1,SE,\nC2,LE,\nC3,,E1 6AN\n',
    );
    expect(result).toMatchObject({ rowsInserted: 1, rowsRejected: 2 });
    expect(result.errors).toEqual([
      { line: 3, message: 'region LE is not one you coordinate' },
      { line: 4, message: 'region LE is not one you coordinate' },
    ]);
    const other = await testApp.user(Role.COORDINATOR, [regions.SE]);
    expect(await other.client.ok(IMPORT, { id: result.id })).toEqual({ memberImport: null });
    const { memberImports } = await other.client.ok<{ memberImports: unknown[] }>(
      '{ memberImports { id } }',
    );
    expect(memberImports).toEqual([]);
    const download = await fetch(`${testApp.baseUrl}/api/imports/${result.id}/errors.csv`, {
      headers: { cookie: other.client.cookie as string },
    });
    expect(download.status).toBe(404);
  });

  it('refuses a volunteer', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER, [regions.SE]);
    const { status, json } = await upload(volunteer.client, 'membership_number,region\nV1,SE\n');
    expect({ status, code: json.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('lists the columns and their aliases for the mapping screen', async () => {
    const { memberColumns } = await admin.ok<{
      memberColumns: { name: string; required: boolean; aliases: string[] }[];
    }>('{ memberColumns { name required aliases } }');
    expect(memberColumns[0]).toMatchObject({ name: 'membership_number', required: true });
    expect(memberColumns.find((column) => column.name === 'phone')?.aliases).toContain('mobile');
  });

  it('finishes an import queued before a restart', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `Q${i},Q,Q,07700${String(910000 + i)},,,SE`,
    );
    const { json } = await upload(
      admin,
      `membership_number,first_name,last_name,phone,email,postcode,region\n${rows.join('\n')}\n`,
    );
    await testApp.restart();
    await admin.signIn(testApp.admin.email, testApp.admin.password);
    expect(await finished(admin, json.id as string)).toMatchObject({
      status: 'SUCCEEDED',
      rowsTotal: 2000,
      rowsInserted: 2000,
    });
  });
});

describe('an import over the size limit', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ environment: { IMPORT_MAX_BYTES: '2048' } });
    await testApp.admin.client.ok(
      `mutation { createElection(input: { name: "Small", rule: SCOTTISH }) { id } }`,
    );
  });
  afterAll(() => testApp.close());

  it('is refused with 413 and nothing is written', async () => {
    const body = `membership_number,region\n${'M1,LE\n'.repeat(1000)}`;
    const response = await fetch(`${testApp.baseUrl}/api/imports/members`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie: testApp.admin.client.cookie as string },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      code: 'FILE_TOO_LARGE',
      message: 'The file is larger than the limit of 2048 bytes.',
    });
    const [row] = await testApp.sql<{ n: number }>('SELECT count(*)::int AS n FROM member_import');
    expect(row.n).toBe(0);
  });
});
