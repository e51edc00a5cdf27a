import { type ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

import { isDatabaseUnavailable } from '../../database/database-unavailable';
import { AppErrorCode, AppException } from './app.exception';
import { assertUnreachable } from './assert-unreachable';
import { toGraphQLError } from './to-graphql-error';

function httpStatus(code: AppErrorCode): HttpStatus {
  switch (code) {
    case AppErrorCode.BAD_USER_INPUT:
      return HttpStatus.BAD_REQUEST;
    case AppErrorCode.UNAUTHENTICATED:
      return HttpStatus.UNAUTHORIZED;
    case AppErrorCode.FORBIDDEN:
      return HttpStatus.FORBIDDEN;
    case AppErrorCode.NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case AppErrorCode.CONFLICT:
      return HttpStatus.CONFLICT;
    case AppErrorCode.TOO_MANY_REQUESTS:
      return HttpStatus.TOO_MANY_REQUESTS;
    case AppErrorCode.DATABASE_UNAVAILABLE:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default:
      return assertUnreachable(code);
  }
}

/**
 * Every error passes here once. GraphQL callers get a typed GraphQL error; HTTP callers
 * (imports, exports) get `{ code, message, field }` with the matching status. Nothing
 * internal (stack, SQL) ever reaches a client.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Errors');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') {
      const { error, internal } = toGraphQLError(exception);
      if (internal) this.logger.error(exception);
      return error;
    }
    const known = isDatabaseUnavailable(exception) ? AppException.databaseUnavailable() : exception;
    if (known instanceof AppException) {
      const response = host.switchToHttp().getResponse<Response>();
      const { retryAfterSeconds } = known.details;
      if (retryAfterSeconds !== undefined)
        response.setHeader('Retry-After', String(retryAfterSeconds));
      response.status(httpStatus(known.code)).json({
        code: known.code,
        message: known.message,
        field: known.details.field,
      });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
