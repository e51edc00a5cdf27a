// `npm run bench -- <name>`: runs tools/bench/<name>.mjs (import, export, ...). Benchmarks
// are not tests: they print figures for a person to read and quote.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(folder)
  .filter((file) => file.endsWith('.mjs') && !file.startsWith('_'))
  .map((file) => file.slice(0, -4));
if (!name || !existsSync(join(folder, `${name}.mjs`))) {
  console.error(`Usage: npm run bench -- <name>   (one of: ${available.join(', ')})`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [join(folder, `${name}.mjs`), ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
