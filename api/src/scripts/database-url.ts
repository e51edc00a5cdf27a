/** The database a maintenance script works on: DATABASE_URL, required. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('DATABASE_URL: set it to the PostgreSQL this script should use.\n');
    process.exit(2);
  }
  return url;
}
