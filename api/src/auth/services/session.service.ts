import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role } from '@phonebank/domain';
import { IsNull, Repository } from 'typeorm';

import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { Region } from '../../elections/region.entity';
import { User } from '../../users/user.entity';
import type { AuthenticatedRequest } from '../request-context';
import { SessionCache } from '../session-cache';
import { readSessionToken } from '../session-cookie';
import { Session } from '../session.entity';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest();

const dueForTouch = (session: Session, now: Date) =>
  now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS;

/** A session with its user and the user's regions, as one row; callers add the WHERE. */
const SESSION_WITH_USER_SQL = (where: string) => `
SELECT s.id AS session_id, s.last_seen_at, s.expires_at,
       u.id, u.email, u.name, u.role, u.disabled_at, u.created_at, u.updated_at,
       coalesce(json_agg(json_build_object(
         'id', r.id, 'electionId', r.election_id, 'code', r.code, 'name', r.name, 'seats', r.seats,
         'minima', r.minima, 'createdAt', r.created_at, 'updatedAt', r.updated_at
       ) ORDER BY r.code) FILTER (WHERE r.id IS NOT NULL), '[]') AS regions
  FROM session s
  JOIN "user" u ON u.id = s.user_id
  LEFT JOIN user_region ur ON ur.user_id = u.id
  LEFT JOIN region r ON r.id = ur.region_id
 WHERE ${where} AND s.revoked_at IS NULL
 GROUP BY s.id, u.id`;

const RESUME_SESSION_SQL = SESSION_WITH_USER_SQL('s.token_hash = $1');
const LIVE_SESSIONS_SQL = SESSION_WITH_USER_SQL(
  's.id = ANY($1::uuid[]) AND s.expires_at > $2 AND u.disabled_at IS NULL',
);

interface SessionWithUserRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled_at: Date | null;
  created_at: Date;
  updated_at: Date;
  regions: (Omit<Region, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string })[];
}

export interface ClientInfo {
  userAgent?: string;
  ipAddress?: string;
}

/** The user of a session row, with their regions, as a request sees them. */
function userFromRow(row: SessionWithUserRow): User {
  return Object.assign(new User(), {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    regions: row.regions.map((region) =>
      Object.assign(new Region(), {
        ...region,
        createdAt: new Date(region.createdAt),
        updatedAt: new Date(region.updatedAt),
      }),
    ),
  });
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache,
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

  /**
   * The live session for a token, with its user and regions; undefined when revoked, expired
   * or disabled. Runs on every request: kept in memory (SessionCache) once read, and read in
   * one plain query (TypeORM's relation loading cost more CPU than the rest of a request).
   */
  /**
   * Who makes this request: the user of its session cookie, kept on the request so the
   * access guard and the region scope of the schema read it once.
   */
  async identify(request: AuthenticatedRequest): Promise<User | undefined> {
    if (request.user !== undefined) return request.user;
    const token = readSessionToken(request);
    const session = token ? await this.resume(token) : undefined;
    if (session) {
      request.user = session.user;
      request.sessionId = session.id;
    }
    return request.user;
  }

  async resume(token: string): Promise<Session | undefined> {
    const tokenHash = hashToken(token);
    const key = tokenHash.toString('base64');
    const now = new Date();
    const mark = this.cache.mark();
    const kept = this.cache.get(key, now.getTime());
    if (kept && kept.expiresAt > now && !dueForTouch(kept, now)) return kept;
    let session = kept ?? (await this.read(tokenHash, now));
    if (!session || session.expiresAt <= now) return undefined;
    if (dueForTouch(session, now)) session = await this.touch(session, now);
    this.cache.keep(key, session, mark, now.getTime());
    return session;
  }

  /** Sliding expiry: a volunteer who calls every evening stays signed in. */
  private async touch(session: Session, now: Date): Promise<Session> {
    const expiresAt = this.expiryFrom(now);
    await this.sessions.update(session.id, { lastSeenAt: now, expiresAt });
    const touched = this.sessions.create({ ...session, lastSeenAt: now, expiresAt });
    touched.user = session.user;
    return touched;
  }

  /** The session of a token hash from the database, unless revoked or its user disabled. */
  private async read(tokenHash: Buffer, now: Date): Promise<Session | undefined> {
    const [row] = await this.sessions.query<SessionWithUserRow[]>(RESUME_SESSION_SQL, [tokenHash]);
    if (!row || row.expires_at <= now || row.disabled_at !== null) return undefined;
    const session = this.sessions.create({
      id: row.session_id,
      userId: row.id,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      revokedAt: null,
    });
    session.user = userFromRow(row);
    return session;
  }

  /**
   * The users of those of these sessions that are still live (not revoked, not expired, user
   * not disabled), as they stand now, in one query: a live update checks every recipient's
   * session and permissions before it goes out.
   */
  async liveSessionUsers(sessionIds: readonly string[]): Promise<Map<string, User>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.sessions.query<SessionWithUserRow[]>(LIVE_SESSIONS_SQL, [
      sessionIds,
      new Date(),
    ]);
    return new Map(rows.map((row) => [row.session_id, userFromRow(row)]));
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
    this.cache.forget(userId);
    return (result.affected ?? 0) > 0;
  }

  async revokeAll(userId: string): Promise<number> {
    const result = await this.sessions.update(
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    this.cache.forget(userId);
    return result.affected ?? 0;
  }
}
