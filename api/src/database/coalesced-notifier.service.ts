import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { NotificationBatch } from './notification-batch';

/** At most one NOTIFY statement per this many milliseconds from each API process. */
export const NOTIFY_COALESCE_MS = 100;

/**
 * Sends PostgreSQL notifications (NotificationListener receives them in every API process)
 * after the change they announce has committed, coalesced (NotificationBatch): one
 * statement at most every NOTIFY_COALESCE_MS, with each channel and id once. A NOTIFY
 * inside a transaction takes PostgreSQL's one notification lock at commit and holds it
 * until the commit is on disk, so with one inside each recorded call's commit every
 * recording waited for the fsync of the one before. Sent apart, they commit together.
 * A process that dies between a commit and its notification loses that notification; the
 * next one for the same id brings watchers up to date.
 */
@Injectable()
export class CoalescedNotifier implements OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly batch: NotificationBatch;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.batch = new NotificationBatch(
      (channels, ids) =>
        dataSource
          .query(
            `SELECT pg_notify(channel, id) FROM unnest($1::text[], $2::text[]) AS n(channel, id)`,
            [channels, ids],
          )
          .then(
            () => undefined,
            (error: Error) => this.logger.warn(`Notifications not sent: ${error.message}`),
          ),
      NOTIFY_COALESCE_MS,
    );
  }

  /** Notifies `channel` with `id` soon. Call it once the change has committed. */
  notify(channel: string, id: string): void {
    this.batch.add(channel, id);
  }

  /** Sends what is pending before the database connections close. */
  onApplicationShutdown(): Promise<void> {
    return this.batch.flush();
  }
}
