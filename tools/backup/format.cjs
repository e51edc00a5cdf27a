// What a Phonebank backup holds, shared by `npm run backup` and `npm run restore`.
const BACKUP_FORMAT = 'phonebank-backup-1';

/** A table or column name as SQL must write it. */
function quoteName(nameOrTable) {
  const quote = (name) => `"${name.replace(/"/g, '""')}"`;
  return typeof nameOrTable === 'string'
    ? quote(nameOrTable)
    : `${quote(nameOrTable.schema)}.${quote(nameOrTable.name)}`;
}

/**
 * The app's tables (schema public, TypeORM's own migration table left to the migrations),
 * parents before the tables whose foreign keys point at them, each with the columns a COPY
 * writes (generated columns are computed again on the way in).
 */
async function tablesOf(client) {
  const { rows } = await client.query(`
    SELECT c.oid::text AS oid, c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns,
           coalesce((SELECT array_agg(DISTINCT f.confrelid::text) FROM pg_constraint f
                      WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid),
                    '{}') AS parents
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                         AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migration'
     GROUP BY c.oid, c.relname
     ORDER BY c.relname`);
  const byOid = new Map(rows.map((row) => [row.oid, row]));
  const ordered = [];
  const placed = new Set();
  const place = (row, path) => {
    if (placed.has(row.oid)) return;
    if (path.has(row.oid)) throw new Error(`foreign keys run in a circle through ${row.name}`);
    path.add(row.oid);
    for (const parent of row.parents) if (byOid.has(parent)) place(byOid.get(parent), path);
    path.delete(row.oid);
    placed.add(row.oid);
    ordered.push({ schema: 'public', name: row.name, columns: row.columns });
  };
  for (const row of rows) place(row, new Set());
  return ordered;
}

module.exports = { BACKUP_FORMAT, quoteName, tablesOf };
