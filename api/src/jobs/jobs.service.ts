import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';

import { JobsDatabase } from './jobs-database';
import { DATABASE_URL } from './jobs.tokens';

export interface JobContext {
  id: string;
  /** 0 the first time; more when pg-boss retries a job that failed or whose worker died. */
  retryCount: number;
  retryLimit: number;
}

export interface QueueOptions {
  /** Tries after the first, when the handler throws or its process dies. */
  retryLimit: number;
  /** How long one try may run before pg-boss counts it as dead and retries it. */
  expireInSeconds: number;
}

/**
 * Jobs in PostgreSQL (pg-boss, schema `pgboss`): any replica sends and any replica works,
 * and a job whose worker died is retried elsewhere once it expires.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly database: JobsDatabase;
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(@Inject(DATABASE_URL) databaseUrl: string) {
    const onError = (error: unknown) => {
      const { code, message } = error as { code?: string; message?: string };
      // 57P01: PostgreSQL ending connections as it shuts down beside us; expected, not an error.
      if (code === '57P01') this.logger.debug(`Job queue connection closed: ${message}`);
      else
        this.logger.error(`Job queue error: ${message ?? String(error)}`, (error as Error).stack);
    };
    this.database = new JobsDatabase(databaseUrl);
    this.boss = new PgBoss({
      // pg-boss's own pool also answers undefined once closed; its typings leave that out.
      db: this.database as PgBoss.Db,
      schema: 'pgboss',
      // Dead workers are found by the supervisor; keep its round short.
      maintenanceIntervalSeconds: 30,
    });
    this.boss.on('error', onError);
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    // Waits a little for running jobs, then fails them so that another replica (or this
    // one after its restart) retries them at once rather than after they expire.
    this.stopping = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 3000, close: false });
    // A fetch already under way when the stop began may still come back with a job: the
    // handler refuses it (see work), pg-boss hands it back, and only then does the pool close.
    await this.database.settled();
    await this.database.close();
  }

  /** Creates the queue once per process (idempotent in the database). */
  queue(name: string, options: QueueOptions): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.boss.createQueue(name, { name, policy: 'standard', ...options });
      this.queues.set(name, created);
    }
    return created;
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: { singletonKey?: string } = {},
  ): Promise<string | null> {
    await this.queues.get(name);
    return this.boss.send(name, data, options);
  }

  /**
   * Sends a job to the queue on a cron schedule (UTC). Kept in the database: every replica
   * may declare it, and pg-boss sends each due job once whichever replica's clock sees it.
   */
  async schedule(name: string, cron: string): Promise<void> {
    await this.queues.get(name);
    await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  /** Runs `handler` for each job of the queue, one at a time in this process. */
  async work<T extends object>(
    name: string,
    handler: (data: T, job: JobContext) => Promise<void>,
  ): Promise<void> {
    await this.queues.get(name);
    await this.boss.work<T>(
      name,
      { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
      async (jobs) => {
        if (this.stopping) throw new Error('This process is stopping; another one takes the job.');
        for (const job of jobs) {
          await handler(job.data, {
            id: job.id,
            retryCount: job.retryCount,
            retryLimit: job.retryLimit,
          });
        }
      },
    );
  }
}
