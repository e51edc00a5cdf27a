import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { typeormOptions } from '../database/typeorm-options';
import { requireDatabaseUrl } from './database-url';

// On a migrated database, asks TypeORM what it would change to match the entities. Any
// statement means an entity changed without a migration: print them and fail.
async function main(): Promise<void> {
  const dataSource = await new DataSource(typeormOptions(requireDatabaseUrl(), 2)).initialize();
  const pending = await dataSource.showMigrations();
  const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (pending) {
    process.stderr.write('The database has pending migrations; run them first.\n');
    process.exit(1);
  }
  if (upQueries.length > 0) {
    process.stderr.write(
      'The entities differ from the migrations. Write a migration with these statements (and their reverse):\n' +
        upQueries.map((query) => `  ${query.query};`).join('\n') +
        '\n',
    );
    process.exit(1);
  }
  process.stdout.write('The entities match the migrations.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Migration check failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
