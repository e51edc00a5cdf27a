import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { freePort } from '../../test/test-database';

const START = resolve(__dirname, '../../../tools/start.cjs');

/** Resolves once `condition` holds; a cold embedded PostgreSQL may take a while to start. */
async function waitFor(
  condition: () => Promise<boolean> | boolean,
  what: string,
  log: () => string,
) {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}:\n${log()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The server process `npm start`'s supervisor runs (its one child). */
function serverPid(supervisor: ChildProcess): number | undefined {
  const children = readFileSync(
    `/proc/${supervisor.pid}/task/${supervisor.pid}/children`,
    'utf8',
  ).trim();
  return children ? Number(children.split(' ')[0]) : undefined;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  it('does not restart a server that could not start, and says so', async () => {
    const run = promisify(execFile)(process.execPath, [START], {
      env: { PATH: process.env.PATH, PORT: 'eighty' },
    });
    const failed = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(
      /PORT: [^\n]*\(got 'eighty'\)[\s\S]*npm start: Phonebank stopped before it was ready: it exited with code 1\./,
    );
    expect(failed?.stderr).not.toContain('Restarting');
  });

  it('says how the server stopped when it is killed, restarts it once, and gives up with what to do the second time', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'phonebank-start-'));
    const port = await freePort();
    const environment = {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      DEMO_DATA: '0',
      LOG_FORMAT: 'json',
      WEB_DIST: '/nonexistent',
    };
    let output = '';
    let supervisor: ChildProcess | undefined;
    const launch = () => {
      output = '';
      const started = spawn(process.execPath, [START], { env: environment, stdio: 'pipe' });
      started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      return started;
    };
    const exited = (process: ChildProcess) =>
      new Promise<number | null>((done) =>
        process.exitCode !== null ? done(process.exitCode) : process.once('exit', done),
      );
    const healthy = () =>
      fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.ok,
        () => false,
      );
    const postmasterPid = () =>
      Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    try {
      supervisor = launch();
      await waitFor(healthy, 'the first server', () => output);
      const first = serverPid(supervisor) as number;
      process.kill(first, 'SIGKILL');
      await waitFor(
        () => output.includes("Phonebank's server stopped unexpectedly after serving for"),
        'the message about the first stop',
        () => output,
      );
      expect(output).toMatch(/it was killed \(SIGKILL: `kill -9`, or the kernel ran out of memory/);
      expect(output).toContain('Restarting it now');
      // Served again by a new process, on the embedded PostgreSQL the killed one left behind.
      await waitFor(
        async () => (serverPid(supervisor as ChildProcess) ?? first) !== first && (await healthy()),
        'the restarted server',
        () => output,
      );
      const second = serverPid(supervisor) as number;
      const postgres = postmasterPid();
      process.kill(second, 'SIGKILL');
      expect(await exited(supervisor)).toBe(1);
      expect(output).toMatch(
        /Phonebank's server stopped unexpectedly again: it was killed \(SIGKILL[^\n]*after it was restarted\.\n\s+npm start does not restart it a second time/,
      );
      expect(output).toContain('Fix the cause and run `npm start` again');
      // Nothing is left running: the killed server's PostgreSQL was stopped too.
      expect(alive(postgres)).toBe(false);
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

      // Asked to stop, it stops without a word about the unexpected.
      supervisor = launch();
      await waitFor(healthy, 'the server started again', () => output);
      supervisor.kill('SIGTERM');
      expect(await exited(supervisor)).toBe(0);
      expect(output).toContain('SIGTERM: shutting down.');
      expect(output).not.toContain('npm start:');
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      if (supervisor?.exitCode === null) {
        supervisor.kill('SIGKILL');
        const pid = serverPid(supervisor);
        if (pid) process.kill(pid, 'SIGKILL');
      }
      if (existsSync(join(dataDir, 'postmaster.pid')) && alive(postmasterPid()))
        process.kill(postmasterPid(), 'SIGINT');
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Three cold starts of the embedded PostgreSQL, on a shared machine.
  }, 180_000);
});
