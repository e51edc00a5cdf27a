import type { LoggerService } from '@nestjs/common';

import { LatestValueIterator } from './latest-value-iterator';

/** Who is watching, as far as the feed needs to know. */
export interface LiveSubscriber {
  /** The session the subscriber connected with; checked before every push. */
  sessionId: string;
  /** That session is over (signed out, revoked, expired): close the subscriber's connection. */
  sessionEnded(): void;
}

export interface LiveTopicOptions<T> {
  /** For the log: what the topic carries, e.g. 'call list'. */
  name: string;
  /** The current state of one key (a call list, a region); undefined when it is gone. */
  load(key: string): Promise<T | undefined>;
  /** Which of these sessions are still live. */
  liveSessions(sessionIds: string[]): Promise<Set<string>>;
  /** At most one load per key per this many milliseconds. */
  coalesceMs: number;
  logger: LoggerService;
}

interface Watch<T> {
  subscriber: LiveSubscriber;
  iterator: LatestValueIterator<T>;
}

interface KeyState<T> {
  watches: Set<Watch<T>>;
  timer: NodeJS.Timeout | undefined;
  loading: boolean;
  /** Something changed after the running load had started. */
  dirty: boolean;
  lastStartedAt: number;
}

/**
 * The in-process side of live updates for one kind of thing. Changes to a key are coalesced:
 * the first change after a quiet spell loads at once, later ones wait for the window to pass
 * and share one load, and a change that arrives during a load schedules another, so the last
 * change always reaches the screen. Each load runs once and its value goes to every
 * subscriber of the key in this process whose session is still live.
 */
export class LiveTopic<T> {
  private readonly keys = new Map<string, KeyState<T>>();

  constructor(private readonly options: LiveTopicOptions<T>) {}

  /** Subscribes to a key: the current state first, then every change. */
  watch(key: string, subscriber: LiveSubscriber): AsyncIterableIterator<T> {
    let state = this.keys.get(key);
    if (!state) {
      state = {
        watches: new Set(),
        timer: undefined,
        loading: false,
        dirty: false,
        lastStartedAt: 0,
      };
      this.keys.set(key, state);
    }
    const watches = state.watches;
    const watch: Watch<T> = {
      subscriber,
      iterator: new LatestValueIterator<T>(() => {
        watches.delete(watch);
        this.forgetIfUnwatched(key);
      }),
    };
    watches.add(watch);
    this.changed(key);
    return watch.iterator;
  }

  /** Something about this key changed (a notification arrived). */
  changed(key: string): void {
    const state = this.keys.get(key);
    if (!state) return; // nobody here watches it
    if (state.loading) {
      state.dirty = true;
      return;
    }
    if (state.timer) return;
    const wait = Math.max(0, state.lastStartedAt + this.options.coalesceMs - Date.now());
    state.timer = setTimeout(() => void this.load(key, state), wait);
  }

  /** Every watched key may have changed: notifications were lost while listening was down. */
  changedAll(): void {
    for (const key of this.keys.keys()) this.changed(key);
  }

  /** How many subscribers this process holds for a key (for the log and tests). */
  watchers(key: string): number {
    return this.keys.get(key)?.watches.size ?? 0;
  }

  /** Ends every subscription (the process is stopping). */
  close(): void {
    for (const state of this.keys.values()) {
      for (const watch of [...state.watches]) watch.iterator.end();
    }
  }

  private async load(key: string, state: KeyState<T>): Promise<void> {
    state.timer = undefined;
    if (state.watches.size === 0) return this.forgetIfUnwatched(key);
    state.loading = true;
    state.dirty = false;
    state.lastStartedAt = Date.now();
    try {
      const value = await this.options.load(key);
      await this.deliver(state, value);
    } catch (error) {
      this.options.logger.error(
        `Could not load the ${this.options.name} ${key} for its live subscribers: ${String(error)}`,
        error instanceof Error ? error.stack : undefined,
        'Live',
      );
    } finally {
      state.loading = false;
      if (state.dirty) this.changed(key);
      else this.forgetIfUnwatched(key);
    }
  }

  private async deliver(state: KeyState<T>, value: T | undefined): Promise<void> {
    const watches = [...state.watches];
    if (value === undefined) {
      for (const watch of watches) watch.iterator.end();
      return;
    }
    const sessionIds = [...new Set(watches.map((watch) => watch.subscriber.sessionId))];
    const live = await this.options.liveSessions(sessionIds);
    for (const watch of watches) {
      if (live.has(watch.subscriber.sessionId)) {
        watch.iterator.push(value);
      } else {
        watch.iterator.end();
        watch.subscriber.sessionEnded();
      }
    }
  }

  private forgetIfUnwatched(key: string): void {
    const state = this.keys.get(key);
    if (!state || state.watches.size > 0 || state.loading) return;
    if (state.timer) clearTimeout(state.timer);
    this.keys.delete(key);
  }
}
