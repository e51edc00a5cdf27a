import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Client, escapeIdentifier } from 'pg';
import { DataSource } from 'typeorm';

import { databaseClient } from './database-connections';
import { databaseUrlOf } from './typeorm-options';

const HEARTBEAT_MS = 15_000;
const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 10_000;

/** Waits 250 ms, 500 ms, 1 s ... up to 10 s between tries, each with up to a quarter of jitter. */
export function reconnectDelay(attempt: number): number {
  const base = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return Math.round(base * (0.75 + Math.random() * 0.25));
}

/**
 * One dedicated PostgreSQL connection per API process, LISTENing to the channels database
 * triggers notify on: calls and pledges recorded (live updates), sign-ins changed (the
 * session cache). This is how a change made through any replica reaches every replica. When
 * the connection drops it reconnects with backoff, and then tells each listener that anything
 * may have changed in between. Register channels before the application boots.
 */
@Injectable()
export class NotificationListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly databaseUrl: string;
  private readonly channels = new Map<string, (id: string) => void>();
  private readonly resumeHandlers: (() => void)[] = [];
  private client: Client | undefined;
  private attempts = 0;
  private everConnected = false;
  private stopping = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.databaseUrl = databaseUrlOf(dataSource, 'Notifications');
  }

  /** Calls `onActivity` with the notification's payload (an id) for each NOTIFY on `channel`. */
  listen(channel: string, onActivity: (id: string) => void): void {
    this.channels.set(channel, onActivity);
  }

  /** Calls `handler` after a reconnection: notifications sent while down are lost. */
  onResume(handler: () => void): void {
    this.resumeHandlers.push(handler);
  }

  get connected(): boolean {
    return this.client !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    // The first try is awaited, so a process that is healthy is also listening.
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.retryTimer = undefined;
    if (this.stopping) return;
    const client: Client = databaseClient(
      {
        connectionString: this.databaseUrl,
        application_name: 'phonebank-notifications',
        keepAlive: true,
        query_timeout: 5_000,
      },
      (error) => this.dropped(client, error),
    );
    client.on('end', () => this.dropped(client));
    client.on('notification', ({ channel, payload }) => {
      if (payload) this.channels.get(channel)?.(payload);
    });
    try {
      await client.connect();
      for (const channel of this.channels.keys())
        await client.query(`LISTEN ${escapeIdentifier(channel)}`);
    } catch (error) {
      client.removeAllListeners('end');
      // Not awaited: ending a client whose socket already closed may never settle.
      client.end().catch(() => undefined);
      this.retry(`could not listen: ${message(error)}`);
      return;
    }
    if (this.stopping) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempts = 0;
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch((error: unknown) => this.dropped(client, error));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    if (this.everConnected) {
      this.logger.log('Listening again; whatever changed meanwhile is refreshed.');
      for (const handler of this.resumeHandlers) handler();
    }
    this.everConnected = true;
  }

  private dropped(client: Client, error?: unknown): void {
    if (client !== this.client) return;
    this.client = undefined;
    clearInterval(this.heartbeat);
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.stopping) return;
    this.retry(`the connection dropped${error === undefined ? '' : `: ${message(error)}`}`);
  }

  private retry(why: string): void {
    if (this.stopping || this.retryTimer) return;
    const delay = reconnectDelay(this.attempts);
    this.attempts += 1;
    this.logger.warn(
      `Notifications: ${why}; connecting again in ${delay} ms (try ${this.attempts}).`,
    );
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
