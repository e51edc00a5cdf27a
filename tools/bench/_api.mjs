// What the benchmarks share: a built API in its own process on a fresh embedded PostgreSQL,
// a GraphQL client keeping its session cookie, and the line that states the machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const apiDist = join(root, 'dist', 'api');

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export function machine(
  pgVersion,
  arrangement = 'API, PostgreSQL and the load generator share these cores',
) {
  return `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, PostgreSQL ${pgVersion} (embedded; ${arrangement})`;
}

/** A process's /proc stat fields after its name: [state, ppid, …]; null once it is gone. */
function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Every process's children, from /proc: parent pid → [{ pid, stat }]. */
function processTree() {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(entry);
    if (!stat) continue;
    const parent = Number(stat[1]);
    children.set(parent, [...(children.get(parent) ?? []), { pid: Number(entry), stat }]);
  }
  return children;
}

/** `pid`'s descendants, each once: [{ pid, stat }]. */
function descendants(tree, pid) {
  return (tree.get(pid) ?? []).flatMap((child) => [child, ...descendants(tree, child.pid)]);
}

/**
 * CPU time spent so far, in ms, by the API process, by PostgreSQL (every process under the
 * API's embedded postmaster, those already exited included) and by this process (the load
 * generator, and pg's client in direct runs). Linux only: null elsewhere.
 */
export function cpuTimes(apiPid) {
  if (!existsSync('/proc/self/stat')) return null;
  // Fields 14–17 of /proc/pid/stat (here from index 11): utime, stime, cutime, cstime.
  const own = (stat) => (Number(stat[11]) + Number(stat[12])) * TICK_MS;
  const reaped = (stat) => (Number(stat[13]) + Number(stat[14])) * TICK_MS;
  const postgres = descendants(processTree(), apiPid).reduce(
    (sum, { stat }) => sum + own(stat) + reaped(stat),
    0,
  );
  const api = procStat(apiPid);
  const self = process.cpuUsage();
  return {
    api: api ? own(api) : NaN,
    postgres,
    loadGenerator: (self.user + self.system) / 1000,
  };
}

/**
 * Puts PostgreSQL on CPU 0 alone and the API and this process (the load generator) on the
 * other CPUs, as when the database has a machine of its own: the postmaster, every process
 * it started and (by inheritance) every backend it starts later; the API's and this
 * process's threads. Returns what it did, or null where it cannot (not Linux, a single CPU,
 * no taskset).
 */
export function setDatabaseApart(apiPid) {
  const count = cpus().length;
  if (count < 2 || !existsSync('/proc/self/stat')) return null;
  const others = count === 2 ? '1' : `1-${count - 1}`;
  // A process that ended meanwhile (a backend whose connection closed) needs no CPU.
  const pin = (cpuList, pid) =>
    spawnSync('taskset', ['--all-tasks', '--cpu-list', '--pid', cpuList, String(pid)], {
      stdio: 'ignore',
    }).status === 0 || !existsSync(`/proc/${pid}`);
  const postgres = descendants(processTree(), apiPid);
  if (postgres.length === 0 || !pin(others, apiPid)) return null;
  const pinned = postgres.every(({ pid }) => pin('0', pid)) && pin(others, process.pid);
  return pinned
    ? `PostgreSQL on CPU 0 alone; the API and the load generator on CPU ${others}`
    : null;
}

/** `cpu` (CPU ms by process, as cpuTimes() gives) per loop, as `API 4.10, PostgreSQL 3.20 …`. */
export function cpuPerLoop(cpu, loops, ways = ['api', 'postgres', 'loadGenerator']) {
  if (!cpu || loops === 0) return 'CPU per loop: not measured here';
  const names = { api: 'API', postgres: 'PostgreSQL', loadGenerator: 'load generator' };
  const parts = ways.map((way) => `${names[way]} ${(cpu[way] / loops).toFixed(2)}`);
  return `CPU per loop (ms): ${parts.join(', ')}`;
}

/**
 * Connections kept open between requests and shared by every simulated user. node:http
 * rather than fetch: with thousands of callers in this one process, fetch's own CPU cost
 * showed up in the latencies measured, and a volunteer's phone does not pay it.
 */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

/** POSTs `body` (JSON) to `url`; resolves with the status, the set-cookie header and the body. */
function post(url, body, cookie) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie && { cookie }),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, setCookie: response.headers['set-cookie'], text }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A GraphQL client of `base` that keeps the session cookie it is given or gets. */
export function graphqlClient(base, cookie = '') {
  const client = async (query, variables = {}) => {
    const { setCookie, text } = await post(
      `${base}/graphql`,
      JSON.stringify({ query, variables }),
      cookie,
    );
    if (setCookie?.[0]) cookie = setCookie[0].split(';')[0];
    const body = JSON.parse(text);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  client.cookie = () => cookie;
  return client;
}

/** Starts the built API on a fresh embedded PostgreSQL with a first admin, signed in. */
export async function startApi(name, environment = {}) {
  if (!existsSync(join(apiDist, 'main.js'))) {
    process.stderr.write('Build the API first: npx nx run api:build\n');
    process.exit(1);
  }
  const dataDir = mkdtempSync(join(tmpdir(), `phonebank-bench-${name}-`));
  const [apiPort, pgPort] = [await freePort(), await freePort()];
  const databaseUrl = `postgresql://phonebank:phonebank-embedded@127.0.0.1:${pgPort}/postgres`;
  const admin = { email: 'bench-admin@bench.example', password: 'bench-password-123456' };
  const {
    base,
    server,
    log,
    stop: stopServer,
  } = await launchApi({
    PORT: String(apiPort),
    DATA_DIR: join(dataDir, 'pg'),
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...environment,
  }).catch((error) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const stop = async () => {
    await stopServer();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const graphql = graphqlClient(base);
  await graphql(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
    admin,
  );
  return { base, databaseUrl, server, graphql, stop, log };
}

/** Another API process on `api`'s database, as a second replica behind a load balancer. */
export async function startReplica(api) {
  return launchApi({ PORT: String(await freePort()), DATABASE_URL: api.databaseUrl });
}

/** Runs the built API with `environment` and waits until /health answers. */
async function launchApi(environment) {
  let log = '';
  // BENCH_API_NODE_ARGS, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof', profiles the API under load.
  // The heap limit `npm start` and the Docker image run the server with.
  const nodeArgs = [
    '--max-old-space-size=256',
    ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const server = spawn(process.execPath, [...nodeArgs, join(apiDist, 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${environment.PORT}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The API exited:\n${log}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API did not start:\n${log}`);
    }
    if (
      await fetch(`${base}/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((done) => setTimeout(done, 200));
  }
  return { base, server, stop, log: () => log };
}
