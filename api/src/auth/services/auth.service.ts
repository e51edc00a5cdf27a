import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable, Logger } from '@nestjs/common';

import { AppException } from '../../common/errors/app.exception';
import type { User } from '../../users/user.entity';
import { UsersService } from '../../users/services/users.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { type ClientInfo, SessionService } from './session.service';

const WRONG_CREDENTIALS = 'Email or password is wrong, or the account is disabled.';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * Checks the password and opens a session. Unknown email, wrong password and disabled
   * account get the same answer in the same time, so none tells which it was.
   */
  async login(
    email: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const key = email.trim().toLowerCase();
    const address = client.ipAddress ?? 'unknown';
    const attempt = await this.throttle.reserve(key, address);
    if (attempt.delayMs > 0) {
      this.logger.warn(
        `Slowing sign-ins from ${address} by ${attempt.delayMs} ms: ${attempt.addressFailures} failed in the last minutes`,
      );
      await sleep(attempt.delayMs);
    }
    const user = await this.users.findByEmail(key);
    const matches = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !matches || user.disabledAt !== null) {
      await this.throttle.recordFailure();
      throw AppException.unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.clearFailures(key);
    const { token, session } = await this.sessions.open(user, client);
    return { user, token, expiresAt: session.expiresAt };
  }
}
