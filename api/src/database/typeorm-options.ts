import type { Logger as PinoLogger } from 'pino';
import type { DataSource, DataSourceOptions } from 'typeorm';

import { TYPEORM_PG_DRIVER } from './database-connections';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TypeOrmPinoLogger } from './typeorm-pino.logger';

/** The one TypeORM configuration: the app, the migration scripts and the tests all use it. */
export function typeormOptions(url: string, poolSize = 10, logger?: PinoLogger): DataSourceOptions {
  return {
    type: 'postgres',
    // Its pool a DatabasePool: no connection of it can end the process by dying.
    driver: TYPEORM_PG_DRIVER,
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize, application_name: 'phonebank' },
    logging: ['error', 'warn', 'migration'],
    ...(logger && { logger: new TypeOrmPinoLogger(logger), maxQueryExecutionTime: 2000 }),
  };
}

/**
 * The database URL `dataSource` was made with (typeormOptions()), for what needs connections
 * of its own beside TypeORM's pool; `who` names it in the error should there be none.
 */
export function databaseUrlOf(dataSource: DataSource, who: string): string {
  const { url } = dataSource.options as { url?: string };
  if (!url) throw new Error(`${who} need the database URL in the TypeORM options.`);
  return url;
}
