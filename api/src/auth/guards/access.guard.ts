import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { AppException } from '../../common/errors/app.exception';
import { ACCESS_METADATA, type Access } from '../decorators/access.decorators';
import { requestOf } from '../request-context';
import { SessionService } from '../services/session.service';

/**
 * The one place that decides who may call what. Runs for every GraphQL operation and HTTP
 * route: loads the session from the cookie, then applies the handler's @Public,
 * @Authenticated or @Roles. A handler that declares nothing is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    await this.sessions.identify(request);
    if (access === undefined)
      throw AppException.forbidden('This operation declares no access rule.');
    if (access.kind === 'public') return true;
    const user = request.user;
    if (!user) throw AppException.unauthenticated();
    if (access.kind === 'roles' && !access.roles.includes(user.role)) {
      throw AppException.forbidden(`Only ${access.roles.join(' or ').toLowerCase()}s may do this.`);
    }
    return true;
  }
}
