import { Injectable, type OnModuleInit } from '@nestjs/common';

import { NotificationListener } from '../database/notification-listener.service';
import type { Session } from './session.entity';

/** What database triggers NOTIFY when a user's sign-in changes: their id, or '*' for all. */
export const SIGN_IN_CHANGED_CHANNEL = 'phonebank_sign_in_changed';

/** How long a session read from the database is trusted without a change notified. */
const KEEP_MS = 60_000;
/** Sessions kept at most; the longest kept goes first. */
const MOST_SESSIONS = 20_000;

interface Kept {
  session: Session;
  until: number;
}

/**
 * The sessions this process read recently, with their users and regions, so a signed-in
 * request costs no query. Safe because each change to a session, a user or their regions
 * makes the database NOTIFY every process (migration SignInChangedNotifications), which
 * forgets that user's sessions. Without a listening connection nothing is kept, and after
 * one is re-established everything is forgotten, as notifications may have been missed.
 * The process that made a change also forgets at once (forget), not waiting for its own
 * notification. Kept sessions are frozen: requests share them.
 */
@Injectable()
export class SessionCache implements OnModuleInit {
  private readonly kept = new Map<string, Kept>();
  private readonly keysOfUser = new Map<string, Set<string>>();
  private forgettings = 0;

  constructor(private readonly notifications: NotificationListener) {}

  onModuleInit(): void {
    this.notifications.listen(SIGN_IN_CHANGED_CHANNEL, (userId) => this.forget(userId));
    this.notifications.onResume(() => this.forget('*'));
  }

  /** The session kept under `key`, unless it has to be read again. */
  get(key: string, now: number): Session | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    if (kept.until > now && this.notifications.connected) return kept.session;
    this.drop(key, kept.session.userId);
    return undefined;
  }

  /**
   * A mark to pass to keep(): a session read after it is kept only if nothing was forgotten
   * in between, since the change may have been committed after the read's snapshot.
   */
  mark(): number {
    return this.forgettings;
  }

  keep(key: string, session: Session, mark: number, now: number): void {
    if (mark !== this.forgettings || !this.notifications.connected) return;
    this.drop(key, session.userId);
    if (this.kept.size >= MOST_SESSIONS) {
      const [oldest, { session: old }] = this.kept.entries().next().value!;
      this.drop(oldest, old.userId);
    }
    this.kept.set(key, { session: freeze(session), until: now + KEEP_MS });
    const keys = this.keysOfUser.get(session.userId) ?? new Set<string>();
    keys.add(key);
    this.keysOfUser.set(session.userId, keys);
  }

  /** Forgets a user's sessions ('*': everyone's). */
  forget(userId: string): void {
    this.forgettings += 1;
    if (userId === '*') {
      this.kept.clear();
      this.keysOfUser.clear();
      return;
    }
    for (const key of this.keysOfUser.get(userId) ?? []) this.kept.delete(key);
    this.keysOfUser.delete(userId);
  }

  private drop(key: string, userId: string): void {
    if (!this.kept.delete(key)) return;
    const keys = this.keysOfUser.get(userId);
    keys?.delete(key);
    if (keys?.size === 0) this.keysOfUser.delete(userId);
  }
}

/** The session, its user and the user's regions, made read-only. */
function freeze(session: Session): Session {
  for (const region of session.user.regions) Object.freeze(region);
  Object.freeze(session.user.regions);
  Object.freeze(session.user);
  return Object.freeze(session);
}
