// One API process's job queue and nothing else, built under dist/api, driven by a test:
// its standard input says when to send a job and when to start working; it reports
// what it does as lines on standard output; SIGTERM stops it as it stops the API.
const { createInterface } = require('node:readline');
const { join } = require('node:path');

const { JobsService } = require(join(__dirname, '../../dist/api/jobs/jobs.service.js'));

const [queue] = process.argv.slice(2);
const jobs = new JobsService(process.env.DATABASE_URL);
const say = (line) => process.stdout.write(`${line}\n`);

async function main() {
  await jobs.onModuleInit();
  await jobs.queue(queue, { retryLimit: 3, expireInSeconds: 30 * 60 });
  process.once('SIGTERM', async () => {
    await jobs.onApplicationShutdown();
    say('stopped');
    process.exit(0);
  });
  createInterface({ input: process.stdin }).on('line', async (command) => {
    if (command === 'send') {
      await jobs.send(queue, { sent: true });
      say('sent');
    } else if (command === 'work') {
      await jobs.work(queue, async (data) => say(`did ${JSON.stringify(data)}`));
      say('working');
    }
  });
  say('ready');
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
