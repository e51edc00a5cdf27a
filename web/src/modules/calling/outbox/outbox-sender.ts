import { apiProblems, type ErrorCode } from '../../../apollo/errors';
import { type RecordCallOutcomeInput } from '../../../gql/graphql';
import {
  type OutboxStore,
  type QueuedOutcome,
  type StoredOutcome,
  type UnsentOutcome,
} from './outbox-store';

/** Resolves once the server has answered with a record; rejects as Apollo does otherwise. */
export type SendOutcome = (input: RecordCallOutcomeInput) => Promise<void>;

export interface OutboxState {
  /** False until the store has been read once. */
  ready: boolean;
  queued: readonly StoredOutcome[];
  unsent: readonly UnsentOutcome[];
  /** The device says it is offline, or the last send could not reach the server. */
  offline: boolean;
}

/** Answers that sending again cannot change: the outcome is moved aside for the caller to see. */
const PERMANENT: ReadonlySet<ErrorCode | 'NETWORK'> = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

export const FIRST_RETRY_MS = 1000;
export const LAST_RETRY_MS = 30_000;

export interface OutboxSenderOptions {
  store: OutboxStore;
  send: SendOutcome;
  isOnline?: () => boolean;
  now?: () => Date;
  /** Where 'online' and 'offline' are announced: the window in a browser. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Runs `retry` after `ms`; returns a cancel. setTimeout unless a test drives time itself. */
  schedule?: (retry: () => void, ms: number) => () => void;
}

function afterTimeout(retry: () => void, ms: number): () => void {
  const timer = setTimeout(retry, ms);
  return () => clearTimeout(timer);
}

export const INITIAL_OUTBOX_STATE: OutboxState = {
  ready: false,
  queued: [],
  unsent: [],
  offline: false,
};

/**
 * Sends queued outcomes one at a time, oldest first, each with the key it was queued with (the
 * server answers a repeated key with the first record, so resending after a lost answer is
 * safe). An outcome leaves the queue only once the server answered: with a record, or with a
 * refusal that no retry can change. Anything else is retried, 1 s doubling to 30 s, and at once
 * when the browser says it is back online.
 */
export class OutboxSender {
  private state: OutboxState = INITIAL_OUTBOX_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly isOnline: () => boolean;
  private readonly now: () => Date;
  private readonly events?: OutboxSenderOptions['events'];
  private draining = false;
  private drainAgain = false;
  private stopped = false;
  private failures = 0;
  private networkFailed = false;
  private cancelRetry: () => void = () => undefined;

  constructor(private readonly options: OutboxSenderOptions) {
    this.isOnline = options.isOnline ?? (() => navigator.onLine);
    this.now = options.now ?? (() => new Date());
    this.events = options.events;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): OutboxState => this.state;

  start(): void {
    this.events?.addEventListener('online', this.onOnline);
    this.events?.addEventListener('offline', this.onOffline);
    void this.drain();
  }

  stop(): void {
    this.stopped = true;
    this.cancelRetry();
    this.events?.removeEventListener('online', this.onOnline);
    this.events?.removeEventListener('offline', this.onOffline);
  }

  /** Resolves once the outcome is on the device; sending follows. */
  async enqueue(outcome: QueuedOutcome): Promise<void> {
    await this.options.store.add(outcome);
    await this.refresh();
    void this.drain();
  }

  async dismiss(id: number): Promise<void> {
    await this.options.store.dismiss(id);
    await this.refresh();
  }

  /** Sends until the queue is empty or a send fails; safe to call at any time. */
  async drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    try {
      do {
        this.drainAgain = false;
        await this.sendAll();
      } while (this.drainAgain && !this.stopped);
    } catch {
      // The store itself failed (e.g. the browser closed it): try again later.
      this.retryLater();
    } finally {
      this.draining = false;
    }
  }

  private readonly onOnline = (): void => {
    this.failures = 0;
    this.update({ offline: this.networkFailed });
    void this.drain();
  };

  private readonly onOffline = (): void => this.update({ offline: true });

  private async sendAll(): Promise<void> {
    this.cancelRetry();
    for (;;) {
      const [oldest] = await this.refresh();
      if (!oldest || this.stopped) return;
      if (!this.isOnline()) {
        this.retryLater();
        return;
      }
      try {
        await this.options.send(oldest.input);
      } catch (error) {
        const problems = apiProblems(error);
        const refusal = problems.find((problem) => PERMANENT.has(problem.code));
        if (refusal) {
          // The server answered, so the network is back whatever came before.
          this.networkFailed = false;
          this.failures = 0;
          await this.options.store.refuse(oldest, refusal.message, this.now());
          continue;
        }
        this.networkFailed = problems.some((problem) => problem.code === 'NETWORK');
        this.retryLater();
        return;
      }
      this.networkFailed = false;
      this.failures = 0;
      await this.options.store.remove(oldest.id);
    }
  }

  private retryLater(): void {
    if (this.stopped) return;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** this.failures, LAST_RETRY_MS);
    this.failures += 1;
    this.update({ offline: this.networkFailed || !this.isOnline() });
    this.cancelRetry();
    this.cancelRetry = (this.options.schedule ?? afterTimeout)(() => void this.drain(), delay);
  }

  private async refresh(): Promise<StoredOutcome[]> {
    const [queued, unsent] = await Promise.all([
      this.options.store.queued(),
      this.options.store.unsent(),
    ]);
    this.update({
      ready: true,
      queued,
      unsent,
      offline: this.networkFailed || !this.isOnline(),
    });
    return queued;
  }

  private update(change: Partial<OutboxState>): void {
    if (this.stopped) return;
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
