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
const nx = (...args) => ['npx', 'nx', ...args, '--output-style=stream'];
const steps = [
  [
    'lint rules that guard the architecture refuse what they must',
    ['node', 'tools/eslint/check-boundaries.mjs'],
  ],
  [
    'lint, typecheck, unit and integration tests',
    nx('run-many', '-t', 'lint', 'typecheck', 'test'),
  ],
  ['generated client types match the schema', nx('run', 'web:codegen-check')],
  ['browser tests', nx('run', 'web:e2e')],
];

const started = Date.now();
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${name}: failed. Nothing after it ran.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
