// Call screen benchmark (`npm run bench -- call-screen`, after `npx nx run-many -t build -p api
// web`): a volunteer in Chromium records 200 calls against a seeded list. Prints the time from
// pressing "record" (the key 2, no answer) to the next member's name on screen, p50/p95
// (goal p95 < 150 ms on loopback), the JavaScript the call screen route loads, gzipped (goal
// ≤ 150 KB), and the machine. Not a test: it measures.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { findChromium, INSTALL_HINT } from '../chromium.mjs';
import { graphqlClient, machine, require, root, startApi } from './_api.mjs';

const { chromium } = require('playwright-core');
const { Client } = require('pg');

const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const webDist = join(root, 'dist', 'web');
const volunteer = { email: 'bench-volunteer@bench.example', password: 'bench-volunteer-123456' };

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function seed(api) {
  const { createElection } = await api.graphql(
    'mutation { createElection(input: { name: "Call screen benchmark", rule: SCOTTISH }) { id } }',
  );
  const electionId = createElection.id;
  const { createRegion } = await api.graphql(
    'mutation($id: ID!) { createRegion(input: { electionId: $id, code: "LE", name: "London", seats: 6 }) { id } }',
    { id: electionId },
  );
  const regionId = createRegion.id;
  const { createSlate } = await api.graphql(
    'mutation($id: ID!) { createSlate(input: { electionId: $id, name: "Our slate", ours: true }) { id } }',
    { id: electionId },
  );
  for (const name of ['Ann Ours', 'Bob Ours', 'Cal Ours']) {
    await api.graphql(
      'mutation($regionId: ID!, $name: String!, $slateId: ID) { createCandidate(input: { regionId: $regionId, name: $name, slateId: $slateId }) { id } }',
      { regionId, name, slateId: createSlate.id },
    );
  }
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  await db.query(
    `INSERT INTO member (election_id, membership_number, first_name, last_name, phone, phone_type, region_id)
     SELECT $1, 'M' || lpad(i::text, 6, '0'), 'First' || i, 'Last' || i, '+447' || lpad((700000000 + i)::text, 9, '0'), 'MOBILE', $2
       FROM generate_series(1, $3::int) AS i`,
    [electionId, regionId, CALLS + 50],
  );
  const pg = (await db.query('SHOW server_version')).rows[0].server_version;
  await db.end();
  const { createUser } = await api.graphql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { ...volunteer, name: 'Bench Volunteer', role: 'VOLUNTEER', regionIds: [regionId] } },
  );
  const { createCallList } = await api.graphql(
    'mutation($input: CreateCallListInput!) { createCallList(input: $input) { id } }',
    { input: { name: 'Bench list', regionId, callingHours: { from: '00:00', to: '23:59' } } },
  );
  await api.graphql(
    'mutation($id: ID!, $ids: [ID!]!) { addVolunteersToCallList(callListId: $id, userIds: $ids) { id } }',
    {
      id: createCallList.id,
      ids: [createUser.id],
    },
  );
  return { callListId: createCallList.id, pg };
}

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error('Build the web client first: npx nx run-many -t build -p api web');
  const api = await startApi('call-screen', { WEB_DIST: webDist });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  try {
    const { callListId, pg } = await seed(api);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${api.base}/sign-in`);
    await page.getByLabel('Email').fill(volunteer.email);
    await page.getByLabel('Password').fill(volunteer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    // The call screen's JavaScript: every script a fresh load of its route fetches.
    const scripts = new Map();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      try {
        scripts.set(response.url(), gzipSync(await response.body()).length);
      } catch {
        // a response without a body (redirect, cache): nothing to count
      }
    });
    await context.clearCookies().catch(() => {});
    await page.goto(`${api.base}/sign-in`);
    await page.getByLabel('Email').fill(volunteer.email);
    await page.getByLabel('Password').fill(volunteer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${api.base}/calling/${callListId}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Get next member' }).click();
    await page.locator('a[href^="tel:"]').waitFor();
    await page.waitForLoadState('networkidle');
    const routeBytes = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);

    // In the page: the time of the key press, and of the next member's name on screen.
    await page.evaluate(() => {
      window.__bench = {
        pressed: 0,
        shown: 0,
        last: document.querySelector('a[href^="tel:"]')?.getAttribute('aria-label'),
      };
      document.addEventListener('keydown', () => (window.__bench.pressed = performance.now()), {
        capture: true,
      });
      new MutationObserver(() => {
        const label = document.querySelector('a[href^="tel:"]')?.getAttribute('aria-label');
        if (label && label !== window.__bench.last) {
          window.__bench.last = label;
          window.__bench.shown = performance.now();
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const timings = [];
    for (let call = 0; call < CALLS; call += 1) {
      await page.locator('.pb-dispositions button:not([disabled])').first().waitFor();
      await page.evaluate(() => (window.__bench.shown = 0));
      await page.keyboard.press('2');
      await page.waitForFunction(() => window.__bench.shown > 0, undefined, { timeout: 10_000 });
      timings.push(await page.evaluate(() => window.__bench.shown - window.__bench.pressed));
    }
    timings.sort((a, b) => a - b);
    const p50 = percentile(timings, 50);
    const p95 = percentile(timings, 95);
    const kb = routeBytes / 1024;
    process.stdout.write(
      [
        `Call screen benchmark: ${CALLS} calls recorded in Chromium (press 2 = no answer; next member claimed while the outcome goes from the outbox)`,
        `  record → next member on screen   p50 ${p50.toFixed(0)} ms   p95 ${p95.toFixed(0)} ms   max ${timings.at(-1).toFixed(0)} ms  (goal p95 < 150 ms: ${p95 < 150 ? 'met' : 'NOT met'})`,
        `  call screen route JavaScript     ${kb.toFixed(1)} KB gzipped in ${scripts.size} files  (goal ≤ 150 KB: ${kb <= 150 ? 'met' : 'NOT met'})`,
        ...[...scripts]
          .sort((a, b) => b[1] - a[1])
          .map(
            ([url, bytes]) =>
              `    ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${url.replace(api.base, '')}`,
          ),
        machine(pg),
      ].join('\n') + '\n',
    );
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
