import { Role } from '@phonebank/domain';

import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role disabled regions { code } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role disabled regions { code } } }`;

describe('managing users', () => {
  let testApp: TestApp;
  let regionId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    const { createElection } = await testApp.admin.client.ok<{ createElection: { id: string } }>(
      `mutation { createElection(input: { name: "Users", rule: MEEK }) { id } }`,
    );
    const { createRegion } = await testApp.admin.client.ok<{ createRegion: { id: string } }>(
      `mutation($id: ID!) { createRegion(input: { electionId: $id, code: "MID", name: "Midlands", seats: 4 }) { id } }`,
      { id: createElection.id },
    );
    regionId = createRegion.id;
  });
  afterAll(() => testApp.close());

  it('lets an admin create a coordinator of a region, who can then sign in', async () => {
    const input = {
      email: 'Cole@Test.example',
      name: 'Cole',
      role: 'COORDINATOR',
      password: 'a-long-password',
      regionIds: [regionId],
    };
    const { createUser } = await testApp.admin.client.ok<{ createUser: { id: string } }>(
      CREATE_USER,
      { input },
    );
    expect(createUser).toMatchObject({
      email: 'Cole@Test.example',
      role: 'COORDINATOR',
      disabled: false,
      regions: [{ code: 'MID' }],
    });
    const me = await (
      await testApp.client().signIn('cole@test.example', 'a-long-password')
    ).ok('{ me { id } }');
    expect(me).toEqual({ me: { id: createUser.id } });
  });

  it('refuses a second account for the same email in other letter case', async () => {
    const input = {
      email: 'twin@test.example',
      name: 'Twin',
      role: 'VOLUNTEER',
      password: 'a-long-password',
    };
    await testApp.admin.client.ok(CREATE_USER, { input });
    const error = await testApp.admin.client.fails(CREATE_USER, {
      input: { ...input, email: 'TWIN@test.example' },
    });
    expect(error).toMatchObject({
      message: 'A user with this email already exists.',
      extensions: { code: 'CONFLICT', field: 'email' },
    });
  });

  it('refuses a password of spaces, a common one, and one too long, saying which', async () => {
    const attempt = (password: string) =>
      testApp.admin.client.fails(CREATE_USER, {
        input: { email: 'weak@test.example', name: 'Weak', role: 'VOLUNTEER', password },
      });
    expect(await attempt(' '.repeat(14))).toMatchObject({
      message: 'password must not be only spaces',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    for (const common of ['password1234', '123456789012', 'qwertyuiopas', 'Password123!']) {
      expect((await attempt(common)).message).toMatch(
        /^password is one of the commonest passwords/,
      );
    }
    expect((await attempt(`long-${'x1'.repeat(600)}`)).message).toBe(
      'password must be at most 1024 characters',
    );
    const { users } = await testApp.admin.client.ok<{ users: { email: string }[] }>(
      '{ users { email } }',
    );
    expect(users.map((user) => user.email)).not.toContain('weak@test.example');
  });

  it('names each wrong field of a new user', async () => {
    const short = await testApp.admin.client.fails(CREATE_USER, {
      input: { email: 'short@test.example', name: 'Short', role: 'VOLUNTEER', password: 'short' },
    });
    expect(short).toMatchObject({
      message: 'password must be at least 12 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    const email = await testApp.admin.client.fails(CREATE_USER, {
      input: { email: 'not-an-email', name: 'X', role: 'VOLUNTEER', password: 'a-long-password' },
    });
    expect(email.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const coordinator = await testApp.admin.client.fails(CREATE_USER, {
      input: {
        email: 'lonely@test.example',
        name: 'Lonely',
        role: 'COORDINATOR',
        password: 'a-long-password',
      },
    });
    expect(coordinator).toMatchObject({
      message: 'a coordinator must cover at least one region.',
      extensions: { field: 'regionIds' },
    });
    const unknown = await testApp.admin.client.fails(CREATE_USER, {
      input: {
        email: 'lost@test.example',
        name: 'Lost',
        role: 'VOLUNTEER',
        password: 'a-long-password',
        regionIds: ['6a1f7c0e-1111-4222-8333-444455556666'],
      },
    });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionIds' });
    const [row] = await testApp.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "user" WHERE email IN ('short@test.example', 'lonely@test.example', 'lost@test.example')`,
    );
    expect(row.n).toBe(0);
  });

  it('does not let an admin disable themselves or drop their own admin role', async () => {
    const disable = await testApp.admin.client.fails(UPDATE_USER, {
      input: { id: testApp.admin.id, disabled: true },
    });
    expect(disable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disabled' });
    const demote = await testApp.admin.client.fails(UPDATE_USER, {
      input: { id: testApp.admin.id, role: 'VOLUNTEER' },
    });
    expect(demote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('signs a user out everywhere when an admin sets a new password', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER);
    await testApp.admin.client.ok(UPDATE_USER, {
      input: { id: volunteer.id, password: 'a-brand-new-password' },
    });
    expect(await volunteer.client.ok('{ me { id } }')).toEqual({ me: null });
    await expect(
      testApp.client().signIn(volunteer.email, 'a-brand-new-password'),
    ).resolves.toBeDefined();
  });

  it('never sends a password hash to anyone', async () => {
    const { users } = await testApp.admin.client.ok<{ users: unknown[] }>(
      '{ users { id email name role disabled } }',
    );
    expect(users.length).toBeGreaterThan(0);
    const fields = await testApp
      .client()
      .ok<{ __type: { fields: { name: string }[] } }>(
        '{ __type(name: "User") { fields { name } } }',
      );
    expect(fields.__type.fields.map((f) => f.name)).not.toContain('passwordHash');
  });
});
