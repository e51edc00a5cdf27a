// CI drift check: regenerate the client's GraphQL types into a temporary folder and fail
// when they differ from the committed web/src/gql.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const committed = join(workspaceRoot, 'web/src/gql');
const fresh = mkdtempSync(join(tmpdir(), 'phonebank-codegen-'));

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function snapshot(dir) {
  return new Map(listFiles(dir).map((path) => [relative(dir, path), readFileSync(path, 'utf8')]));
}

try {
  const run = spawnSync('npx', ['graphql-codegen', '--config', 'web/codegen.ts', '--silent'], {
    cwd: workspaceRoot,
    env: { ...process.env, PHONEBANK_CODEGEN_OUT: `${fresh}/` },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('GraphQL codegen failed; see the output above.');
    process.exit(1);
  }

  const expected = snapshot(fresh);
  const actual = snapshot(committed);
  const names = new Set([...expected.keys(), ...actual.keys()]);
  const drifted = [...names].filter((name) => expected.get(name) !== actual.get(name)).sort();

  if (drifted.length > 0) {
    console.error(`web/src/gql is out of date with api/schema.gql and the documents in web/src:`);
    for (const name of drifted) console.error(`  web/src/gql/${name}`);
    console.error('Run `npx nx run web:codegen` and commit the result.');
    process.exit(1);
  }
  console.log('web/src/gql matches the schema and documents.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
