import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DatabasePool } from '../database/database-connections';
import { databaseUrlOf } from '../database/typeorm-options';

/**
 * A few connections that only claims use (DATABASE_CLAIM_POOL_SIZE, 4), apart from the
 * process's pool. A recorded call commits durably: when the disk stalls, recordings wait on
 * it holding the pool's connections, and a claim behind them would wait for a connection
 * too. A claim commits without waiting for the disk (TAKE_NEXT_MEMBER), so on connections of
 * its own the next member comes at once, while the phone's outbox hides a slow recording.
 */
@Injectable()
export class ClaimConnections implements OnApplicationShutdown {
  readonly pool: DatabasePool;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new DatabasePool({
      connectionString: databaseUrlOf(dataSource, 'Claims'),
      max: config.database.claimPoolSize,
      application_name: 'phonebank-claims',
    });
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.end();
  }
}
