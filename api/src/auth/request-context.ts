import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

import type { User } from '../users/user.entity';

export interface AuthenticatedRequest extends Request {
  user?: User;
  sessionId?: string;
}

export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
}

/** The HTTP request behind a GraphQL operation or a plain HTTP route. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}
