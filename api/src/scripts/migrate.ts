import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { typeormOptions } from '../database/typeorm-options';
import { requireDatabaseUrl } from './database-url';

// `migrate` runs pending migrations on DATABASE_URL (the server also does this at start);
// `migrate revert N` undoes the last N (default 1).
async function main(): Promise<void> {
  const [command, count = '1'] = process.argv.slice(2);
  const dataSource = await new DataSource(typeormOptions(requireDatabaseUrl(), 2)).initialize();
  try {
    if (command === 'revert') {
      for (let i = 0; i < Number(count); i += 1)
        await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write(`Reverted ${count} migration(s).\n`);
    } else {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(
        ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}\n` : 'No pending migrations.\n',
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
