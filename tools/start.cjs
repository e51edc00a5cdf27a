// `npm start`: the built server, with the demo election on a database with no election
// unless DEMO_DATA says otherwise, watched by this process. A server that stops without
// being asked to is named with its exit code or signal, restarted once, and given up on
// (with what to do) if it stops again soon after.
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

process.env.DEMO_DATA ??= '1';

const SERVER = resolve(__dirname, '../dist/api/main.js');
/** A second unexpected stop this soon after a restart is not restarted again. */
const RESTART_WINDOW_MS = 5 * 60_000;
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

let server;
let stopRequested = false;
let lastRestartAt;

const say = (lines) => process.stderr.write(`\nnpm start: ${lines.join('\n  ')}\n\n`);

function describeExit(code, signal) {
  if (signal === 'SIGKILL')
    return 'it was killed (SIGKILL: `kill -9`, or the kernel ran out of memory; `dmesg` says which)';
  if (signal) return `it was stopped by ${signal}`;
  return `it exited with code ${code}`;
}

function seconds(ms) {
  return ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

/**
 * The embedded PostgreSQL runs as the server's child and outlives a server that was killed:
 * stop it (a fast shutdown) so the next server can start its own on the same data.
 */
async function stopOrphanedPostgres() {
  if (process.env.DATABASE_URL) return;
  const dataDir = resolve(process.env.DATA_DIR || '.data');
  let pid;
  try {
    pid = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return; // it stopped with the server
  }
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!pid || !alive()) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (alive() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
}

function start() {
  let readyAt;
  const startedAt = Date.now();
  // Its own process group, so a Ctrl-C reaches it once, from here, not also from the terminal.
  server = spawn(process.execPath, [...process.execArgv, SERVER], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: true,
  });
  server.on('message', (message) => {
    if (message && message.phonebank === 'listening') readyAt = Date.now();
  });
  server.on('exit', (code, signal) => void onExit(code, signal, startedAt, readyAt));
}

async function onExit(code, signal, startedAt, readyAt) {
  if (stopRequested) process.exit(code ?? 1);
  const how = describeExit(code, signal);
  if (readyAt === undefined) {
    say([
      `Phonebank stopped before it was ready: ${how}.`,
      'The message above says why. Fix that, then run `npm start` again.',
    ]);
    await stopOrphanedPostgres();
    process.exit(code || 1);
  }
  const now = Date.now();
  if (lastRestartAt !== undefined && now - lastRestartAt < RESTART_WINDOW_MS) {
    say([
      `Phonebank's server stopped unexpectedly again: ${how}, ${seconds(now - lastRestartAt)} after it was restarted.`,
      'npm start does not restart it a second time. Its log above says why, if it could write',
      'anything. Fix the cause and run `npm start` again; to keep it up unattended, run it under',
      'a supervisor that restarts it (docker/compose.yml, or systemd with Restart=always).',
    ]);
    await stopOrphanedPostgres();
    process.exit(code || 1);
  }
  say([
    `Phonebank's server stopped unexpectedly after serving for ${seconds(now - startedAt)}: ${how}.`,
    'Its log above says why, if it could write anything. Restarting it now; calls that',
    "volunteers' phones could not send meanwhile are kept on the phones and sent when it is",
    'back. If it stops again within 5 minutes, npm start gives up and says so.',
  ]);
  lastRestartAt = now;
  await stopOrphanedPostgres();
  if (!stopRequested) start();
}

for (const signal of FORWARDED_SIGNALS) {
  process.on(signal, () => {
    if (stopRequested) return;
    stopRequested = true;
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    else process.exit(0);
  });
}

start();
