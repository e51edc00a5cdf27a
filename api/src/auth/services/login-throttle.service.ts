import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AppErrorCode, AppException } from '../../common/errors/app.exception';
import { LoginAttempt } from '../login-attempt.entity';
import {
  ADDRESS_DELAY_STEP_MS,
  LOGIN_WINDOW_MINUTES,
  MAX_ADDRESS_DELAY_MS,
  MAX_FAILURES_PER_ACCOUNT,
  SLOW_DOWN_AFTER_ADDRESS_FAILURES,
} from '../login-limits';

/** Namespaces this service's advisory locks (pg_advisory_xact_lock(int, int)) from others. */
const LOGIN_LOCK_CLASS = 0x4c4f47; // 'LOG'

export interface ReservedAttempt {
  /** How long to wait before checking the password: the address has failed often. */
  delayMs: number;
  addressFailures: number;
}

/**
 * Counts sign-in attempts in PostgreSQL, so the limits hold across every API replica.
 * An attempt is written before its password is checked and cleared when it succeeds, so
 * concurrent attempts all count: an account gets at most MAX_FAILURES_PER_ACCOUNT checks in
 * the window however many arrive at once. An email is limited whether or not an account has
 * it, so the limit tells nobody which exist.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>,
  ) {}

  /**
   * Writes this attempt, unless the account has used its attempts; says how long an address
   * that fails often must wait. Attempts at one email wait for each other (an advisory lock
   * on it), so two cannot both read "4 so far" and both go on.
   */
  reserve(email: string, ipAddress: string): Promise<ReservedAttempt> {
    return this.attempts.manager.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        LOGIN_LOCK_CLASS,
        email,
      ]);
      const [row] = (await manager.query(
        `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account,
                count(*) FILTER (WHERE ip_address = $2)::int AS by_address
           FROM login_attempt
          WHERE attempted_at > now() - make_interval(mins => $3)
            AND (email = $1 OR ip_address = $2)`,
        [email, ipAddress, LOGIN_WINDOW_MINUTES],
      )) as { by_account: number; by_address: number }[];
      if (row.by_account >= MAX_FAILURES_PER_ACCOUNT) {
        throw new AppException(
          AppErrorCode.TOO_MANY_REQUESTS,
          `Too many failed sign-ins. Wait ${LOGIN_WINDOW_MINUTES} minutes and try again, or ask an admin to reset your password.`,
          { retryAfterSeconds: LOGIN_WINDOW_MINUTES * 60 },
        );
      }
      await manager.insert(LoginAttempt, { email, ipAddress });
      const over = row.by_address - SLOW_DOWN_AFTER_ADDRESS_FAILURES + 1;
      return {
        addressFailures: row.by_address,
        delayMs: over > 0 ? Math.min(MAX_ADDRESS_DELAY_MS, over * ADDRESS_DELAY_STEP_MS) : 0,
      };
    });
  }

  /** The attempt failed: it stays counted; attempts older than a day are forgotten. */
  async recordFailure(): Promise<void> {
    await this.attempts.query(
      `DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`,
    );
  }

  /** The right password: the account's attempts (this one included) are forgotten. */
  async clearFailures(email: string): Promise<void> {
    await this.attempts.delete({ email });
  }
}
