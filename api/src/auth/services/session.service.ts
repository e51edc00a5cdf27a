import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';

import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import type { User } from '../../users/user.entity';
import { Session } from '../session.entity';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

export interface ClientInfo {
  userAgent?: string;
  ipAddress?: string;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.sessionTtlDays * 24 * 60 * 60 * 1000);
  }

  /** Opens a session and returns the token for the cookie; the database keeps only its hash. */
  async open(user: User, client: ClientInfo): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = await this.sessions.save(
      this.sessions.create({
        tokenHash: hashToken(token),
        userId: user.id,
        lastSeenAt: now,
        expiresAt: this.expiryFrom(now),
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        ipAddress: client.ipAddress?.slice(0, 64) ?? null,
      }),
    );
    return { token, session };
  }

  /** The live session for a token, with its user and regions; undefined when revoked, expired or disabled. */
  async resume(token: string): Promise<Session | undefined> {
    const session = await this.sessions.findOne({
      where: { tokenHash: hashToken(token), revokedAt: IsNull() },
      relations: { user: { regions: true } },
    });
    const now = new Date();
    if (!session || session.expiresAt <= now || session.user.disabledAt !== null) return undefined;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      // Sliding expiry: a volunteer who calls every evening stays signed in.
      await this.sessions.update(session.id, { lastSeenAt: now, expiresAt: this.expiryFrom(now) });
    }
    return session;
  }

  listActive(userId: string): Promise<Session[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.user_id = :userId', { userId })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > now()')
      .orderBy('session.last_seen_at', 'DESC')
      .getMany();
  }

  /** Revokes one of the user's sessions; false when it is not theirs or already gone. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.sessions.update(
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  async revokeAll(userId: string): Promise<number> {
    const result = await this.sessions.update(
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
