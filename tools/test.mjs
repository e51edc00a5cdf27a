// `npm test`: lint, typecheck and every test (unit, integration on a real PostgreSQL,
// browser tests in a real Chromium), then the drift checks of generated files.
import { spawnSync } from 'node:child_process';

import { findChromium, INSTALL_HINT } from './chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  CHROME_PATH: chromium,
};
const steps = [
  [
    'lint, typecheck, unit and integration tests',
    ['run-many', '-t', 'lint', 'typecheck', 'test', '--output-style=stream'],
  ],
  [
    'generated client types match the schema',
    ['run', 'web:codegen-check', '--output-style=stream'],
  ],
  ['browser tests', ['run', 'web:e2e', '--output-style=stream']],
];

const started = Date.now();
for (const [name, args] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync('npx', ['nx', ...args], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${name}: failed. Nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
