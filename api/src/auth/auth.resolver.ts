import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { User } from '../users/user.entity';
import { Authenticated, Public } from './decorators/access.decorators';
import { CurrentUser, OptionalUser } from './decorators/current-user.decorator';
import { LoginArgs } from './dtos/login.args';
import type { GraphQLContext } from './request-context';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';
import { SessionModel } from './session.model';
import { AuthService } from './services/auth.service';
import { SessionService } from './services/session.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@OptionalUser() user: User | undefined): User | null {
    return user ?? null;
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in and sets the session cookie.' })
  async login(
    @Args() { email, password }: LoginArgs,
    @Context() { req, res }: GraphQLContext,
  ): Promise<User> {
    const { user, token, expiresAt } = await this.auth.login(email, password, {
      userAgent: req.get('user-agent'),
      ipAddress: req.ip,
    });
    writeSessionCookie(req, res, token, expiresAt);
    // The rest of this request is theirs: the fields of the user returned (their regions)
    // are scoped to them like any later request.
    req.user = user;
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session; true even when there was none.' })
  async logout(@Context() { req, res }: GraphQLContext): Promise<boolean> {
    if (req.user && req.sessionId) await this.sessions.revoke(req.user.id, req.sessionId);
    clearSessionCookie(req, res);
    return true;
  }

  @Authenticated()
  @Query(() => [SessionModel], { description: 'Where you are signed in.' })
  async mySessions(
    @CurrentUser() user: User,
    @Context() { req }: GraphQLContext,
  ): Promise<SessionModel[]> {
    const sessions = await this.sessions.listActive(user.id);
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      userAgent: session.userAgent,
      current: session.id === req.sessionId,
    }));
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Signs out one of your sessions (e.g. a lost phone).' })
  revokeSession(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.sessions.revoke(user.id, id);
  }
}
