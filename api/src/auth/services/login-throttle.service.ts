import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AppErrorCode, AppException } from '../../common/errors/app.exception';
import { LoginAttempt } from '../login-attempt.entity';
import {
  LOGIN_WINDOW_MINUTES,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from '../login-limits';

/**
 * Counts failed sign-ins in PostgreSQL, so the limit holds across every API replica.
 * An email is limited whether or not an account has it, so the limit tells nobody which exist.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>,
  ) {}

  async assertAllowed(email: string, ipAddress: string): Promise<void> {
    const [row] = await this.attempts.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_account,
              count(*) FILTER (WHERE ip_address = $2)::int AS by_address
         FROM login_attempt
        WHERE attempted_at > now() - make_interval(mins => $3)
          AND (email = $1 OR ip_address = $2)`,
      [email, ipAddress, LOGIN_WINDOW_MINUTES],
    );
    const { by_account: byAccount, by_address: byAddress } = row as {
      by_account: number;
      by_address: number;
    };
    if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) {
      throw new AppException(
        AppErrorCode.TOO_MANY_REQUESTS,
        `Too many failed sign-ins. Wait ${LOGIN_WINDOW_MINUTES} minutes and try again, or ask an admin to reset your password.`,
        { retryAfterSeconds: LOGIN_WINDOW_MINUTES * 60 },
      );
    }
  }

  async recordFailure(email: string, ipAddress: string): Promise<void> {
    await this.attempts.insert({ email, ipAddress });
    await this.attempts.query(
      `DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`,
    );
  }

  async clearFailures(email: string): Promise<void> {
    await this.attempts.delete({ email });
  }
}
