import type { LoggerService } from '@nestjs/common';

import { AppException } from '../../common/errors/app.exception';
import { toGraphQLError } from '../../common/errors/to-graphql-error';
import type { User } from '../../users/user.entity';
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
  /** The users of those of these sessions that are still live, as they stand now. */
  liveSessions(sessionIds: string[]): Promise<Map<string, User>>;
  /**
   * Which of these users may still see the key's state (ids), decided afresh before every
   * push: a coordinator taken off the region or a volunteer taken off the list stops seeing
   * it at once, not when they reconnect.
   */
  mayWatch(key: string, value: T, users: User[]): Promise<Set<string>> | Set<string>;
  /** At most one load per key per this many milliseconds. */
  coalesceMs: number;
  /**
   * Load again this often while anyone watches, with no notification: for what changes
   * with time alone (leases running out, retries falling due) or without a notification.
   */
  refreshMs?: number;
  logger: LoggerService;
}

/**
 * What a subscriber receives: the state, or, as their last push, why they may no longer
 * see it (the subscription's `resolve` throws it, so it reaches the client as a GraphQL
 * error with its code, and the subscription ends).
 */
export type LivePush<T> = T | AppException;

/**
 * The `resolve` of a live subscription: the state, or the refusal as a GraphQL error with
 * its code (this runs outside Nest's exception filter, so it converts the refusal itself).
 */
export function livePayload<T>(push: LivePush<T>): T {
  if (push instanceof AppException) throw toGraphQLError(push).error;
  return push;
}

interface Watch<T> {
  subscriber: LiveSubscriber;
  iterator: LatestValueIterator<LivePush<T>>;
}

interface KeyState<T> {
  watches: Set<Watch<T>>;
  timer: NodeJS.Timeout | undefined;
  refresh: NodeJS.Timeout | undefined;
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
  watch(key: string, subscriber: LiveSubscriber): AsyncIterableIterator<LivePush<T>> {
    let state = this.keys.get(key);
    if (!state) {
      const refreshMs = this.options.refreshMs;
      state = {
        watches: new Set(),
        timer: undefined,
        refresh: refreshMs ? setInterval(() => this.changed(key), refreshMs) : undefined,
        loading: false,
        dirty: false,
        lastStartedAt: 0,
      };
      state.refresh?.unref();
      this.keys.set(key, state);
    }
    const watches = state.watches;
    const watch: Watch<T> = {
      subscriber,
      iterator: new LatestValueIterator<LivePush<T>>(() => {
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
      await this.deliver(key, state, value);
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

  private async deliver(key: string, state: KeyState<T>, value: T | undefined): Promise<void> {
    const watches = [...state.watches];
    if (value === undefined) {
      for (const watch of watches) watch.iterator.end();
      return;
    }
    const sessionIds = [...new Set(watches.map((watch) => watch.subscriber.sessionId))];
    const users = await this.options.liveSessions(sessionIds);
    const allowed = await this.options.mayWatch(key, value, [...users.values()]);
    for (const watch of watches) {
      const user = users.get(watch.subscriber.sessionId);
      if (!user) {
        watch.iterator.end();
        watch.subscriber.sessionEnded();
      } else if (allowed.has(user.id)) {
        watch.iterator.push(value);
      } else {
        watch.iterator.pushLast(
          AppException.forbidden(`You may no longer see this ${this.options.name}.`),
        );
      }
    }
  }

  private forgetIfUnwatched(key: string): void {
    const state = this.keys.get(key);
    if (!state || state.watches.size > 0 || state.loading) return;
    if (state.timer) clearTimeout(state.timer);
    if (state.refresh) clearInterval(state.refresh);
    this.keys.delete(key);
  }
}
