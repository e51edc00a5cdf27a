import { startTestApp, type TestApp } from '../../test/test-app';

const CSV = 'membership_number,first_name,last_name,phone,postcode,region\nH1,Ada,Lovelace,,,LE\n';
const FOREIGN = 'https://evil.example';

describe('requests a hostile page or client might send', () => {
  let testApp: TestApp;
  let electionId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const { createElection } = await testApp.admin.client.ok<{ createElection: { id: string } }>(
      `mutation { createElection(input: { name: "Doors", rule: SCOTTISH }) { id } }`,
    );
    electionId = createElection.id;
    await testApp.admin.client.ok(
      `mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 6 }) { id } }`,
      { id: electionId },
    );
  });
  afterAll(() => testApp.close());

  const importMembers = (headers: Record<string, string>, body: string | FormData = CSV) =>
    fetch(`${testApp.baseUrl}/api/imports/members?electionId=${electionId}`, {
      method: 'POST',
      headers: { cookie: testApp.admin.client.cookie as string, ...headers },
      body,
    });

  describe('from another site’s page', () => {
    it('refuses an import sent as text/plain or multipart, and imports nothing', async () => {
      const plain = await importMembers({ origin: FOREIGN, 'content-type': 'text/plain' });
      expect(plain.status).toBe(403);
      expect(await plain.json()).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining(FOREIGN),
      });
      const form = new FormData();
      form.append('file', new Blob([CSV], { type: 'text/csv' }), 'members.csv');
      const multipart = await importMembers({ origin: FOREIGN }, form);
      expect(multipart.status).toBe(403);
      expect(await testApp.sql('SELECT id FROM member_import')).toEqual([]);
    });

    it('refuses a GraphQL mutation, even one sent as a simple form would be', async () => {
      const response = await fetch(`${testApp.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          cookie: testApp.admin.client.cookie as string,
          origin: FOREIGN,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          query: 'mutation { createElection(input: { name: "Evil", rule: SCOTTISH }) { id } }',
        }),
      });
      expect(response.status).toBe(403);
      expect(await testApp.sql(`SELECT id FROM election WHERE name = 'Evil'`)).toEqual([]);
    });

    it('accepts the same from this site’s own pages, and from a script that sends no Origin', async () => {
      const own = await importMembers({ origin: testApp.baseUrl, 'content-type': 'text/csv' });
      expect(own.status).toBe(202);
      const script = await importMembers({ 'content-type': 'text/csv' });
      expect(script.status).toBe(202);
    });
  });

  it('sends security headers that keep pages from being framed, sniffed or fed foreign scripts', async () => {
    const response = await fetch(`${testApp.baseUrl}/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('answers a NUL character in any text with BAD_USER_INPUT naming the field', async () => {
    const search = await testApp.admin.client.fails(
      'query($filter: MemberFilter) { members(filter: $filter) { total } }',
      { filter: { search: 'Ada\u0000' } },
    );
    expect(search).toMatchObject({
      message: expect.stringContaining('filter.search contains a NUL character'),
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' },
    });
    const name = await testApp.admin.client.fails(
      'mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }',
      { input: { name: 'Nul\u0000Election', rule: 'SCOTTISH' } },
    );
    expect(name.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});

describe('the schema, closed to callers when GRAPHQL_INTROSPECTION=0', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ environment: { GRAPHQL_INTROSPECTION: '0' } });
  });
  afterAll(() => testApp.close());

  it('refuses introspection and suggests no field names', async () => {
    const introspection = await testApp.client().fails('{ __schema { types { name } } }');
    expect(introspection.message).toMatch(/introspection/i);
    const typo = await testApp.admin.client.fails('{ mee { id } }');
    expect(typo.message).toContain('mee');
    expect(typo.message).not.toMatch(/did you mean/i);
  });
});
