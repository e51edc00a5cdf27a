import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

// A pooled connection that PostgreSQL ends while the process shuts down (both get the
// terminal's signal) is expected, not a warning.
const SHUTDOWN_NOISE = /terminating connection due to administrator command/;

/** TypeORM's messages as structured pino logs, like everything else the server prints. */
export class TypeOrmPinoLogger implements TypeOrmLogger {
  private readonly logger: PinoLogger;

  constructor(logger: PinoLogger) {
    this.logger = logger.child({ context: 'TypeORM' });
  }

  logQuery(): void {
    // Queries are not logged: they would carry members' personal data.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query: query.slice(0, 500) }, 'Query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, 'Slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = String(message);
    if (SHUTDOWN_NOISE.test(text)) this.logger.debug(text);
    else if (level === 'warn') this.logger.warn(text);
    else this.logger.info(text);
  }
}
