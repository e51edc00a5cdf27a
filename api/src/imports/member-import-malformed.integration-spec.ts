import { startTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { importHelpers } from './member-import.test-helpers';

// A malformed row is rejected with its line; a file broken beyond recovery is refused as a
// whole, at once (pg-boss does not try it again).
describe('importing a malformed member file', () => {
  let testApp: TestApp;
  let admin: TestClient;
  let electionId: string;
  const { imported, jobTries } = importHelpers(
    () => testApp,
    () => electionId,
  );
  const HEADER = 'membership_number,first_name,last_name,phone,email,postcode,region';

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = testApp.admin.client;
    const { createElection } = await admin.ok<{ createElection: { id: string } }>(
      `mutation { createElection(input: { name: "Malformed files", rule: SCOTTISH }) { id } }`,
    );
    electionId = createElection.id;
    await admin.ok(`mutation($input: CreateRegionInput!) { createRegion(input: $input) { id } }`, {
      input: { electionId, code: 'LE', name: 'London', seats: 3 },
    });
  });
  afterAll(() => testApp.close());

  const numbers = async (prefix: string) =>
    (
      await testApp.sql<{ membership_number: string; last_name: string }>(
        `SELECT membership_number, last_name FROM member
         WHERE election_id = $1 AND membership_number LIKE $2 ORDER BY 1`,
        [electionId, `${prefix}%`],
      )
    ).map((row) => `${row.membership_number} ${row.last_name}`);

  it('rejects a row of 10,000 columns with its line, and imports the rest of the file', async () => {
    const wide = ['W2', 'Wide', 'Row', '', '', '', 'LE', ...Array<string>(9_993).fill('x')];
    const file = [
      HEADER,
      'W1,Ann,Able,07700900001,,,LE',
      wide.join(','),
      'W3,Cat,O"Brien,07700900003,,,LE', // a stray quote inside a value is kept as text
      'W4,Dan,Dee,07700900004,,,LE,,,', // trailing empty cells are not extra columns
    ].join('\n');
    const result = await imported(admin, `${file}\n`);
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rowsTotal: 4,
      rowsInserted: 3,
      rowsRejected: 1,
      errors: [
        {
          line: 3,
          message:
            'the row has 10,000 columns but the header has 7: a separator or quote in it is out of place',
        },
      ],
    });
    expect(await numbers('W')).toEqual(['W1 Able', 'W3 O"Brien', 'W4 Dee']);
    expect(await jobTries(result.id)).toBe(1);
  });

  it('reports duplicates in a file whose header has 10,000 columns', async () => {
    const header = `${HEADER},${Array.from({ length: 9_993 }, (_, i) => `extra ${i}`).join(',')}`;
    const row = (number: string, name: string) => `${number},${name},Wide,,,,LE`;
    const file = [header, row('H1', 'Ann'), row('H1', 'Again'), row('H2', 'Bob')].join('\n');
    const result = await imported(admin, `${file}\n`);
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rowsInserted: 2,
      rowsRejected: 1,
      errors: [{ line: 3, message: 'membership number H1 already appears on line 2' }],
    });
    expect(await jobTries(result.id)).toBe(1);
  });

  it('refuses at once, naming the line, a file whose quote is never closed', async () => {
    const file = [
      HEADER,
      'U1,Ann,Able,07700900011,,,LE',
      'U2,"Bob,Baker,07700900012,,,LE', // the quote swallows every line after it
      'U3,Cat,Cole,07700900013,,,LE',
      'U4,Dan,Dee,07700900014,,,LE',
    ].join('\n');
    const result = await imported(admin, `${file}\n`);
    expect(result).toMatchObject({
      status: 'FAILED',
      failureMessage:
        'Line 3 opens a quote (") that is never closed, so everything after it would be read as one value. Close or remove that quote and upload the file again.',
    });
    expect(await numbers('U')).toEqual([]);
    expect(await jobTries(result.id)).toBe(1);
  });
});
