import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Role } from '@phonebank/domain';
import { Client } from 'pg';

import {
  API_DIST,
  createTestDatabase,
  dropTestDatabase,
  freePort,
  SERVER_URL_VARIABLE,
} from './test-database';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** A browser-like client: keeps its own session cookie, talks HTTP to the real server. */
export class TestClient {
  cookie: string | undefined;
  lastSetCookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie && { cookie: this.cookie }) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Runs an operation that must succeed, and returns its data. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.graphql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation that must fail, and returns its first error. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLError> {
    const result = await this.graphql(query, variables);
    if (!result.errors?.length)
      throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.ok(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      {
        email,
        password,
      },
    );
    return this;
  }
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  client: TestClient;
}

export interface TestAppOptions {
  /** Extra environment for the server. */
  environment?: Record<string, string>;
  /** Start like `npm start` on an empty database: demo data, demo admin, no ADMIN_EMAIL. */
  demo?: boolean;
  /**
   * The PostgreSQL server to make the app's database on (its template database made by
   * createTemplateDatabase): a test's own, to restart. Default: the test run's server.
   */
  serverUrl?: string;
}

export interface TestApp {
  baseUrl: string;
  databaseUrl: string;
  /** The first admin, created from ADMIN_EMAIL/ADMIN_PASSWORD at start. */
  admin: TestUser;
  client(): TestClient;
  /** Runs SQL on the app's database (for arranging and checking, never instead of the API). */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** Creates a user through the API (unique email) and returns a client signed in as them. */
  user(role: Role | `${Role}`, regionIds?: string[]): Promise<TestUser>;
  /** The server's log so far (JSON lines). */
  log(): string;
  /** Whether the first process is still running (it did not exit since it started). */
  running(): boolean;
  /** Sends the server process `signal` (SIGSTOP: as busy as can be, until SIGCONT). */
  signal(signal: NodeJS.Signals): void;
  /** The server process's id (to read its memory from /proc). */
  pid(): number;
  /** Stops the server (SIGTERM) and starts it again on the same database. */
  restart(): Promise<void>;
  /** Another API process on the same database and clock, as a second replica would be. */
  replica(): Promise<TestReplica>;
  /** Sets the time every process of this app takes as now; null: the real time again. */
  setClock(at: Date | null): void;
  close(): Promise<void>;
}

export interface TestReplica {
  baseUrl: string;
  /** A client of this replica carrying `from`'s session (sessions live in the database). */
  clientAs(from: TestClient): TestClient;
  /** Whether this process is still running. */
  running(): boolean;
  /** This process's log so far. */
  log(): string;
  close(): Promise<void>;
}

function launch(environment: NodeJS.ProcessEnv, onOutput: (chunk: string) => void): ChildProcess {
  const server = spawn(process.execPath, [join(API_DIST, 'main.js')], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
  return server;
}

async function terminate(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  await exited;
}

async function waitForHealth(
  baseUrl: string,
  server: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The API exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`The API did not become healthy in 20 s:\n${log()}`);
}

function demoAdmin(log: string): { email: string; password: string } {
  for (const line of log.split('\n')) {
    if (!line.includes('"demoUsers"')) continue;
    const { demoUsers } = JSON.parse(line) as {
      demoUsers: { email: string; password: string; role: string }[];
    };
    const admin = demoUsers.find((user) => user.role === 'ADMIN');
    if (admin) return admin;
  }
  throw new Error(`The start log names no demo admin:\n${log}`);
}

/**
 * The real API, built under dist/api, in its own process on its own fresh migrated
 * database and a free port: tests speak HTTP to it as a browser would.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const serverUrl = options.serverUrl ?? process.env[SERVER_URL_VARIABLE];
  if (!serverUrl)
    throw new Error(
      `${SERVER_URL_VARIABLE} is not set: run through jest's api-integration project`,
    );
  const databaseName = `phonebank_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const databaseUrl = await createTestDatabase(serverUrl, databaseName);
  const port = await freePort();
  const firstAdmin = {
    email: `admin-${randomUUID().slice(0, 8)}@test.example`,
    password: `password-${randomUUID()}`,
  };
  const clockFile = join(tmpdir(), `phonebank-clock-${databaseName}`);
  writeFileSync(clockFile, '');
  const environment = {
    PATH: process.env.PATH,
    TEST_CLOCK_FILE: clockFile,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    WEB_DIST: '/nonexistent',
    ...(options.demo
      ? { DEMO_DATA: '1' }
      : { ADMIN_EMAIL: firstAdmin.email, ADMIN_PASSWORD: firstAdmin.password }),
    ...options.environment,
  };
  let output = '';
  let server: ChildProcess;
  const baseUrl = `http://127.0.0.1:${port}`;
  const start = async () => {
    server = launch({ ...environment, PORT: String(port) }, (chunk) => (output += chunk));
    await waitForHealth(baseUrl, server, () => output);
  };
  const stop = () => terminate(server);
  const replicas: ChildProcess[] = [];
  await start();
  const admin = options.demo ? demoAdmin(output) : firstAdmin;
  const adminClient = await new TestClient(baseUrl).signIn(admin.email, admin.password);
  const adminUser = (await adminClient.ok<{ me: { id: string } }>('{ me { id } }')).me;
  return {
    baseUrl,
    databaseUrl,
    admin: { id: adminUser.id, ...admin, client: adminClient },
    client: () => new TestClient(baseUrl),
    async sql(text, values = []) {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async user(role, regionIds = []) {
      const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
      const password = `password-${randomUUID()}`;
      const { createUser } = await adminClient.ok<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email, name: `Test ${role.toLowerCase()}`, role, password, regionIds } },
      );
      const client = await new TestClient(baseUrl).signIn(email, password);
      return { id: createUser.id, email, password, client };
    },
    log: () => output,
    running: () => server.exitCode === null && server.signalCode === null,
    signal: (signal) => server.kill(signal),
    pid: () => server.pid as number,
    async restart() {
      await stop();
      await start();
    },
    async replica() {
      const replicaPort = await freePort();
      const replicaUrl = `http://127.0.0.1:${replicaPort}`;
      let replicaOutput = '';
      const replicaServer = launch(
        { ...environment, PORT: String(replicaPort), ADMIN_EMAIL: '', ADMIN_PASSWORD: '' },
        (chunk) => (replicaOutput += chunk),
      );
      await waitForHealth(replicaUrl, replicaServer, () => replicaOutput);
      replicas.push(replicaServer);
      return {
        baseUrl: replicaUrl,
        clientAs(from) {
          const client = new TestClient(replicaUrl);
          client.cookie = from.cookie;
          return client;
        },
        running: () => replicaServer.exitCode === null && replicaServer.signalCode === null,
        log: () => replicaOutput,
        close: () => terminate(replicaServer),
      };
    },
    setClock(at) {
      writeFileSync(clockFile, at ? at.toISOString() : '');
    },
    async close() {
      await Promise.all(replicas.map(terminate));
      await stop();
      await dropTestDatabase(serverUrl, databaseName);
      rmSync(clockFile, { force: true });
    },
  };
}
