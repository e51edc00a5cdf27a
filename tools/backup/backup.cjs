// `npm run backup [-- FOLDER]`: a consistent copy of Phonebank's data, taken while it runs.
// Every table of the app's schema is copied (COPY, gzipped, one file each) from one snapshot,
// with the migrations it was at and the sequences' values, into a new folder; `npm run
// restore` puts it into an empty database. pg-boss's queue (jobs waiting or running at that
// moment) is not in it: an import that was running is run again after a restore.
const { mkdirSync, createWriteStream, writeFileSync, existsSync } = require('node:fs');
const { resolve, join } = require('node:path');
const { pipeline } = require('node:stream/promises');
const { createGzip } = require('node:zlib');

const { Client } = require('pg');
const { to: copyTo } = require('pg-copy-streams');

const { openDatabase } = require('./database.cjs');
const { BACKUP_FORMAT, quoteName, tablesOf } = require('./format.cjs');

async function backup(folder) {
  if (existsSync(folder)) throw new Error(`${folder} exists already: name a new folder.`);
  const database = await openDatabase();
  const client = new Client({ connectionString: database.url });
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (await client.query('SELECT name FROM migration ORDER BY id')).rows.map(
      (row) => row.name,
    );
    const tables = await tablesOf(client);
    mkdirSync(folder, { recursive: true });
    for (const table of tables) {
      table.file = `${table.name}.copy.gz`;
      const source = client.query(
        copyTo(`COPY ${quoteName(table)} (${table.columns.map(quoteName).join(', ')}) TO STDOUT`),
      );
      await pipeline(source, createGzip(), createWriteStream(join(folder, table.file)));
      table.rows = source.rowCount;
    }
    const sequences = (
      await client.query(
        `SELECT sequencename AS name, last_value AS "lastValue" FROM pg_sequences WHERE schemaname = 'public'`,
      )
    ).rows;
    await client.query('COMMIT');
    const manifest = {
      format: BACKUP_FORMAT,
      takenAt: new Date().toISOString(),
      migrations,
      tables,
      sequences,
    };
    writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    process.stdout.write(
      `Backed up ${database.describe} to ${folder}: ${tables.length} tables, ${rows} rows, ` +
        `at migration ${migrations.at(-1)}.\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await database.release();
  }
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const folder = resolve(process.argv[2] || join('backups', `phonebank-${stamp}`));
backup(folder).catch((error) => {
  process.stderr.write(`The backup failed: ${error.message}\nNothing was changed.\n`);
  process.exit(1);
});
