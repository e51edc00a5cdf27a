// `npm run restore -- FOLDER`: puts a backup made by `npm run backup` into an empty database
// (DATABASE_URL's, or the embedded one under DATA_DIR: point DATA_DIR at a new folder).
// The schema is made by the migrations, at the backup's own migration, then every table's
// rows are copied in one transaction, with the app's triggers off (the tallies they keep
// are in the backup as they were), and then the migrations since the backup run.
const { createReadStream, readFileSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { join, resolve } = require('node:path');
const { pipeline } = require('node:stream/promises');
const { createGunzip } = require('node:zlib');

const { Client } = require('pg');
const { from: copyFrom } = require('pg-copy-streams');

const { API_DIST, openDatabase } = require('./database.cjs');
const { BACKUP_FORMAT, quoteName, tablesOf } = require('./format.cjs');

/** Tables whose rows mean the database is in use: a restore never writes over them. */
const IN_USE_TABLES = ['user', 'election', 'member'];

function migrate(url, args = []) {
  execFileSync(process.execPath, [join(API_DIST, 'scripts/migrate.js'), ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function refuseIfInUse(client, describe) {
  for (const table of IN_USE_TABLES) {
    const exists = (
      await client.query('SELECT to_regclass($1) AS t', [`public.${quoteName(table)}`])
    ).rows[0].t;
    if (!exists) continue;
    const { n } = (await client.query(`SELECT count(*)::int AS n FROM ${quoteName(table)}`))
      .rows[0];
    if (n > 0)
      throw new Error(
        `${describe} already holds Phonebank data (${n} rows in ${table}). Restore into a new, ` +
          'empty database (createdb, then DATABASE_URL), or point DATA_DIR at a new folder.',
      );
  }
}

async function restore(folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  if (manifest.format !== BACKUP_FORMAT)
    throw new Error(`${folder} is not a Phonebank backup (its manifest says ${manifest.format}).`);
  const database = await openDatabase();
  const client = new Client({ connectionString: database.url });
  try {
    await client.connect();
    await refuseIfInUse(client, database.describe);
    // The schema as it was when the backup was taken: every migration, then back to its own.
    migrate(database.url);
    const known = (await client.query('SELECT name FROM migration ORDER BY id')).rows.map(
      (row) => row.name,
    );
    const unknown = manifest.migrations.filter((name) => !known.includes(name));
    if (unknown.length)
      throw new Error(
        `the backup was taken by a newer Phonebank (migration ${unknown.at(-1)}): restore it with that version.`,
      );
    const newer = known.length - manifest.migrations.length;
    if (newer > 0) migrate(database.url, ['revert', String(newer)]);

    const tables = await tablesOf(client);
    const names = new Set(tables.map((table) => table.name));
    const missing = manifest.tables.filter((table) => !names.has(table.name));
    if (missing.length)
      throw new Error(
        `the backup's table ${missing[0].name} is not in the schema its migrations make`,
      );
    await client.query('BEGIN');
    // Rows the migrations seeded are in the backup too, as they were.
    await client.query(`TRUNCATE ${tables.map(quoteName).join(', ')} RESTART IDENTITY`);
    const byName = new Map(manifest.tables.map((table) => [table.name, table]));
    for (const table of tables) {
      const saved = byName.get(table.name);
      if (!saved) continue;
      await client.query(`ALTER TABLE ${quoteName(table)} DISABLE TRIGGER USER`);
      await pipeline(
        createReadStream(join(folder, saved.file)),
        createGunzip(),
        client.query(
          copyFrom(
            `COPY ${quoteName(table)} (${saved.columns.map(quoteName).join(', ')}) FROM STDIN`,
          ),
        ),
      );
      await client.query(`ALTER TABLE ${quoteName(table)} ENABLE TRIGGER USER`);
    }
    for (const sequence of manifest.sequences)
      if (sequence.lastValue !== null)
        await client.query('SELECT setval($1, $2)', [
          `public.${quoteName(sequence.name)}`,
          sequence.lastValue,
        ]);
    await client.query('COMMIT');
    if (newer > 0) migrate(database.url);
    await client.query('ANALYZE');
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    process.stdout.write(
      `Restored ${folder} (taken ${manifest.takenAt}) into ${database.describe}: ` +
        `${manifest.tables.length} tables, ${rows} rows` +
        (newer > 0 ? `, then ran the ${newer} migrations made since.\n` : '.\n'),
    );
  } finally {
    await client.end().catch(() => undefined);
    await database.release();
  }
}

const [folder] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('Say which backup to restore: npm run restore -- backups/phonebank-…\n');
  process.exit(1);
}
restore(resolve(folder)).catch((error) => {
  process.stderr.write(
    `The restore failed: ${error.message}\nNo rows were restored (they are copied in one transaction).\n`,
  );
  process.exit(1);
});
