import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { importHelpers } from './member-import.test-helpers';

// An import never destroys what it does not bring: both of a member's numbers are kept, a
// blank cell keeps the stored value unless the coordinator asks otherwise, and a preview
// says what a file would change before it changes anything.
describe('importing members with a mobile and a home phone', () => {
  let testApp: TestApp;
  let admin: TestClient;
  let electionId: string;
  const { imported, upload, finished } = importHelpers(
    () => testApp,
    () => electionId,
  );
  const HEADER = 'Membership No,First name,Last name,Mobile,Home Phone,Region';

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.admin.client;
    const { createElection } = await admin.ok<{ createElection: { id: string } }>(
      `mutation { createElection(input: { name: "Phones", rule: SCOTTISH }) { id } }`,
    );
    electionId = createElection.id;
    await admin.ok(`mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`, {
      input: { electionId, code: 'LE', name: 'London', seats: 3 },
    });
  });
  afterAll(() => testApp.close());

  const phones = async (prefix: string) =>
    testApp.sql<{ number: string; name: string; phone: string; landline: string; type: string }>(
      `SELECT membership_number AS number, first_name AS name, phone, landline, phone_type AS type
       FROM member WHERE election_id = $1 AND membership_number LIKE $2 ORDER BY 1`,
      [electionId, `${prefix}%`],
    );

  it('keeps both numbers of a Windows-1252 file, calling the mobile first, and counts who cannot be called', async () => {
    const file = Buffer.from(
      [
        HEADER,
        'P1,Björn,Able,+44 (0)7700 900001,020 7946 0001,LE',
        'P2,Zoë,Baker,,(020) 7946-0002,LE', // landline only: that is the number to call
        'P3,Cat,Cole,,,LE', // no number at all
        'P4,Dan,Dee,0044 7700 900004,,LE',
        'P5,Eve,Eden,447700900005,0113.496.0005,LE',
      ].join('\r\n'),
      'latin1', // Windows-1252 for these letters
    );
    const result = await imported(admin, file);
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rowsInserted: 5,
      rowsRejected: 0,
      rowsWithoutPhone: 1,
    });
    expect(await phones('P')).toEqual([
      {
        number: 'P1',
        name: 'Björn',
        phone: '+447700900001',
        landline: '+442079460001',
        type: 'MOBILE',
      },
      {
        number: 'P2',
        name: 'Zoë',
        phone: '+442079460002',
        landline: '+442079460002',
        type: 'FIXED_LINE',
      },
      { number: 'P3', name: 'Cat', phone: null, landline: null, type: null },
      { number: 'P4', name: 'Dan', phone: '+447700900004', landline: null, type: 'MOBILE' },
      {
        number: 'P5',
        name: 'Eve',
        phone: '+447700900005',
        landline: '+441134960005',
        type: 'MOBILE',
      },
    ]);
    // The Member type says both: the number to call and the second number.
    const [{ id }] = await testApp.sql<{ id: string }>(
      `SELECT id FROM member WHERE election_id = $1 AND membership_number = 'P1'`,
      [electionId],
    );
    expect(
      await admin.ok(`query($id: ID!) { member(id: $id) { phone landline } }`, { id }),
    ).toEqual({ member: { phone: '+447700900001', landline: '+442079460001' } });
  });

  it('never overwrites a stored number with a blank cell, unless blank cells clear stored values', async () => {
    const file = [
      HEADER,
      'B1,Ann,Able,07700900011,,LE',
      'B2,Bob,Baker,07700900012,020 7946 0012,LE',
    ];
    await imported(admin, `${file.join('\n')}\n`);
    // The same file again, with the home phone as the only phone column: B1 has none.
    const again = await imported(admin, `${file.join('\n')}\n`, {
      mapping: JSON.stringify({ phone: 'Home Phone', landline: '' }),
    });
    expect(again).toMatchObject({ rowsUpdated: 1, rowsUnchanged: 1, rowsWithoutPhone: 0 });
    expect((await phones('B')).map(({ number, phone }) => [number, phone])).toEqual([
      ['B1', '+447700900011'],
      ['B2', '+442079460012'],
    ]);
    const blanked = [HEADER, 'B1,,,,,LE'].join('\n');
    expect(await imported(admin, `${blanked}\n`)).toMatchObject({ rowsUnchanged: 1 });
    expect(await phones('B1')).toMatchObject([{ name: 'Ann', phone: '+447700900011' }]);
    expect(await imported(admin, `${blanked}\n`, { blankCellsClear: '1' })).toMatchObject({
      rowsUpdated: 1,
      rowsWithoutPhone: 1,
    });
    expect(await phones('B1')).toEqual([
      { number: 'B1', name: '', phone: null, landline: null, type: null },
    ]);
  });

  it('previews what a file would change, writes nothing, and imports it once confirmed', async () => {
    await imported(
      admin,
      [HEADER, 'V1,Ann,Able,07700900021,,LE', 'V2,Bob,Baker,07700900022,,LE'].join('\n'),
    );
    const changed = [
      HEADER,
      'V1,Ann,Able,07700900031,,LE', // a new mobile
      'V2,Bob,Baker,07700900022,020 7946 0022,LE', // a landline added
      'V3,Cat,Cole,,,LE', // new, and cannot be called
    ].join('\n');
    const { json } = await upload(admin, changed, { dryRun: '1' });
    const preview = await finished(admin, json.id as string);
    expect(preview).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: true,
      rowsInserted: 1,
      rowsUpdated: 2,
      rowsWithoutPhone: 1,
    });
    expect(preview.fieldChanges).toEqual([
      { field: 'phone', changed: 1, blanked: 0 },
      { field: 'landline', changed: 1, blanked: 0 },
    ]);
    expect((await phones('V')).map(({ phone, landline }) => [phone, landline])).toEqual([
      ['+447700900021', null],
      ['+447700900022', null],
    ]);

    const { confirmMemberImport } = await admin.ok<{ confirmMemberImport: { status: string } }>(
      `mutation($id: ID!) { confirmMemberImport(id: $id) { status } }`,
      { id: preview.id },
    );
    expect(confirmMemberImport.status).toBe('QUEUED');
    expect(await finished(admin, preview.id)).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: false,
      rowsInserted: 1,
      rowsUpdated: 2,
      rowsWithoutPhone: 1,
    });
    expect((await phones('V')).map(({ phone, landline }) => [phone, landline])).toEqual([
      ['+447700900031', null],
      ['+447700900022', '+442079460022'],
      [null, null],
    ]);
    const again = await admin.fails(
      `mutation($id: ID!) { confirmMemberImport(id: $id) { status } }`,
      { id: preview.id },
    );
    expect(again.extensions?.code).toBe('CONFLICT');
  });

  it('counts the rejected rows by reason', async () => {
    const file = [
      HEADER,
      'R1,Ann,Able,12345,,LE',
      'R2,Bob,Baker,07700900042,999,LE',
      'R1,Ann,Again,07700900043,,LE',
      'R4,Dan,Dee,07700900044,,XX',
      'R5,Eve,Eden,07700900045,,LE',
      'R5,Eve,Again,07700900046,,LE',
    ].join('\n');
    const result = await imported(admin, `${file}\n`);
    expect(result.errors).toContainEqual({ line: 3, message: "landline '999' is not a UK number" });
    expect(result.rejectionReasons).toEqual([
      { kind: 'PHONE', reason: 'phone not a usable number', rows: 2 },
      { kind: 'DUPLICATE', reason: 'membership number already earlier in the file', rows: 1 },
      { kind: 'REGION', reason: 'region unknown or not given', rows: 1 },
    ]);
  });
});
