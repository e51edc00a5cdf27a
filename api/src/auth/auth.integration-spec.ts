import { Role } from '@phonebank/domain';

import { startTestApp, type TestApp, TestClient } from '../../test/test-app';
import { MAX_FAILURES_PER_ACCOUNT, SLOW_DOWN_AFTER_ADDRESS_FAILURES } from './login-limits';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id email role } }`;
const ME = `{ me { id email role } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id disabled } }`;

describe('signing in', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('sets an httpOnly, SameSite=Lax session cookie and answers me', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER);
    const client = testApp.client();
    const result = await client.graphql(LOGIN, {
      email: volunteer.email.toUpperCase(),
      password: volunteer.password,
    });
    expect(result.errors).toBeUndefined();
    expect(client.lastSetCookie).toMatch(/^pb_session=[\w-]{40,};/);
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect(client.lastSetCookie).not.toMatch(/Secure/i);
    expect(await client.ok(ME)).toEqual({
      me: { id: volunteer.id, email: volunteer.email, role: 'VOLUNTEER' },
    });
  });

  it('answers me with null, not an error, without a session', async () => {
    expect(await testApp.client().graphql(ME)).toEqual({ data: { me: null } });
  });

  it('gives a wrong password, an unknown email and a disabled account the same answer', async () => {
    const admin = testApp.admin;
    const disabled = await testApp.user(Role.VOLUNTEER);
    await admin.client.ok(UPDATE_USER, { input: { id: disabled.id, disabled: true } });
    const answers = await Promise.all([
      testApp.client().graphql(LOGIN, { email: admin.email, password: 'not-the-password' }),
      testApp
        .client()
        .graphql(LOGIN, { email: 'nobody@test.example', password: 'whatever-password' }),
      testApp.client().graphql(LOGIN, { email: disabled.email, password: disabled.password }),
    ]);
    const errors = answers.map((answer) => answer.errors?.[0]);
    expect(errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(errors[1]).toEqual(errors[0]);
    expect(errors[2]).toEqual(errors[0]);
  });

  it('signs a disabled user out of every session at once', async () => {
    const admin = testApp.admin;
    const volunteer = await testApp.user(Role.VOLUNTEER);
    const secondPhone = await new TestClient(testApp.baseUrl).signIn(
      volunteer.email,
      volunteer.password,
    );
    // Both sessions in use, so this process has them in memory (SessionCache).
    expect(await volunteer.client.ok(ME)).not.toEqual({ me: null });
    expect(await secondPhone.ok(ME)).not.toEqual({ me: null });
    await admin.client.ok(UPDATE_USER, { input: { id: volunteer.id, disabled: true } });
    expect(await volunteer.client.ok(ME)).toEqual({ me: null });
    expect(await secondPhone.ok(ME)).toEqual({ me: null });
  });

  it('ends the session on logout, so the old cookie no longer works', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER);
    const stolenCookie = volunteer.client.cookie;
    expect(await volunteer.client.ok(ME)).not.toEqual({ me: null });
    expect(await volunteer.client.ok(`mutation { logout }`)).toEqual({ logout: true });
    const replay = testApp.client();
    replay.cookie = stolenCookie;
    expect(await replay.ok(ME)).toEqual({ me: null });
  });

  it('lets a user revoke their other session but not somebody else’s', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER);
    const other = await testApp.user(Role.VOLUNTEER);
    const lostPhone = await new TestClient(testApp.baseUrl).signIn(
      volunteer.email,
      volunteer.password,
    );
    const { mySessions } = await volunteer.client.ok<{
      mySessions: { id: string; current: boolean }[];
    }>(`{ mySessions { id current } }`);
    expect(mySessions).toHaveLength(2);
    const lost = mySessions.find((session) => !session.current);
    const revokeSession = `mutation($id: ID!) { revokeSession(id: $id) }`;
    expect(await other.client.ok(revokeSession, { id: lost?.id })).toEqual({
      revokeSession: false,
    });
    expect(await lostPhone.ok(ME)).not.toEqual({ me: null });
    expect(await volunteer.client.ok(revokeSession, { id: lost?.id })).toEqual({
      revokeSession: true,
    });
    expect(await lostPhone.ok(ME)).toEqual({ me: null });
    expect(await volunteer.client.ok(ME)).not.toEqual({ me: null });
  });

  it('refuses even the right password after too many failures for the account', async () => {
    const volunteer = await testApp.user(Role.VOLUNTEER);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      const wrong = await testApp
        .client()
        .graphql(LOGIN, { email: volunteer.email, password: `wrong-${i}` });
      expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const right = await testApp
      .client()
      .graphql(LOGIN, { email: volunteer.email, password: volunteer.password });
    expect(right.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Too many failed sign-ins/),
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 900 },
    });
  });

  it('checks at most the limit of passwords for one account, however many attempts arrive at once on two processes', async () => {
    await testApp.sql('DELETE FROM login_attempt');
    const volunteer = await testApp.user(Role.VOLUNTEER);
    const replica = await testApp.replica();
    try {
      const attempts = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          new TestClient(i % 2 === 0 ? testApp.baseUrl : replica.baseUrl).graphql(LOGIN, {
            email: volunteer.email,
            password: `wrong-${i}`,
          }),
        ),
      );
      const codes = attempts.map((attempt) => attempt.errors?.[0].extensions?.code);
      // UNAUTHENTICATED: the password was checked (and wrong); TOO_MANY_REQUESTS: it was not.
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(
        MAX_FAILURES_PER_ACCOUNT,
      );
      expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(
        60 - MAX_FAILURES_PER_ACCOUNT,
      );
    } finally {
      await replica.close();
      await testApp.sql('DELETE FROM login_attempt');
    }
  });

  it('slows, but never refuses, the right password from an address that failed for many accounts', async () => {
    await testApp.sql('DELETE FROM login_attempt');
    const volunteer = await testApp.user(Role.VOLUNTEER);
    // A hall's shared address: other people's typos, or somebody spraying one password.
    for (let i = 0; i <= SLOW_DOWN_AFTER_ADDRESS_FAILURES; i += 1) {
      const guess = await testApp
        .client()
        .graphql(LOGIN, { email: `guess-${i}@test.example`, password: 'password-guess' });
      expect(guess.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(testApp.log()).toMatch(/Slowing sign-ins from 127\.0\.0\.1 by \d+ ms/);
    const right = await testApp
      .client()
      .graphql(LOGIN, { email: volunteer.email, password: volunteer.password });
    expect(right.errors).toBeUndefined();
    expect(right.data).toMatchObject({ login: { email: volunteer.email } });
    await testApp.sql('DELETE FROM login_attempt');
  });
});
