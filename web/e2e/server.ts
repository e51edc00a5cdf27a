import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface RunningPhonebank {
  baseUrl: string;
  admin: { email: string; password: string };
  log: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? done(address.port)
          : fail(new Error('no free port')),
      );
    });
  });
}

function demoAdmin(log: string): { email: string; password: string } | undefined {
  for (const line of log.split('\n')) {
    if (!line.includes('"demoUsers"')) continue;
    const { demoUsers } = JSON.parse(line) as {
      demoUsers: { email: string; password: string; role: string }[];
    };
    return demoUsers.find((user) => user.role === 'ADMIN');
  }
  return undefined;
}

/**
 * Starts Phonebank as `npm start` does (the built server, embedded PostgreSQL, demo data),
 * in a throwaway data directory, and waits until it answers.
 */
export async function startPhonebank(): Promise<RunningPhonebank> {
  const dataDir = mkdtempSync(join(tmpdir(), 'phonebank-e2e-'));
  const port = await freePort();
  let output = '';
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'tools/start.cjs')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let admin = demoAdmin(output);
  while (!admin) {
    if (server.exitCode !== null)
      throw new Error(`Phonebank exited with ${server.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`Phonebank did not start in 60 s:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
    admin = demoAdmin(output);
  }
  return {
    baseUrl,
    admin,
    log: () => output,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
