// Which database `npm run backup` and `npm run restore` work on, as the server would pick it:
// DATABASE_URL when set, else the embedded PostgreSQL under DATA_DIR, started here for the
// time of the work when no server has it running.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const API_DIST = resolve(__dirname, '../../dist/api');

function postgresRunningOn(dataDir) {
  try {
    const pid = Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The database to use and how to let it go: `{ url, describe, release() }`. */
async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    return {
      url: process.env.DATABASE_URL,
      describe: `the database ${url.pathname.slice(1)} at ${url.host} (DATABASE_URL)`,
      release: async () => undefined,
    };
  }
  const dataDir = resolve(process.env.DATA_DIR || '.data');
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54320);
  const embedded = require(resolve(API_DIST, 'database/embedded-postgres.js'));
  const describe = `the embedded PostgreSQL with its data in ${dataDir}`;
  if (postgresRunningOn(dataDir))
    return { url: embedded.embeddedPostgresUrl(port), describe, release: async () => undefined };
  const started = await embedded.startEmbeddedPostgres({ dataDir, port });
  return { url: started.url, describe, release: () => started.stop() };
}

module.exports = { API_DIST, openDatabase };
