import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  UnauthorizedException,
} from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { isDatabaseUnavailable } from '../../database/database-unavailable';
import { AppErrorCode, AppException } from './app.exception';
import { assertUnreachable } from './assert-unreachable';

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on the server. It has been logged; try again, and tell an admin if it persists.';

// Unique constraints by name, and what a person should read when they are hit.
const UNIQUE_VIOLATIONS: Record<string, { field: string; message: string }> = {
  user_email_unique: { field: 'email', message: 'A user with this email already exists.' },
  region_election_code_unique: {
    field: 'code',
    message: 'Another region of this election already has this code.',
  },
  slate_election_name_unique: {
    field: 'name',
    message: 'Another slate of this election already has this name.',
  },
  slate_one_ours_per_election: {
    field: 'ours',
    message: 'This election already has a slate marked ours; unmark it first.',
  },
  call_record_claim_id_unique: {
    field: 'claimId',
    message: 'This call was already recorded; claim the next member.',
  },
  call_script_election_default_unique: {
    field: 'electionId',
    message: 'Someone saved this script at the same moment; load it again and save.',
  },
  call_script_region_unique: {
    field: 'regionId',
    message: 'Someone saved this script at the same moment; load it again and save.',
  },
  call_script_call_list_unique: {
    field: 'callListId',
    message: 'Someone saved this script at the same moment; load it again and save.',
  },
  candidate_region_name_unique: {
    field: 'name',
    message: 'A candidate of this name already stands in this region.',
  },
};

function fromAppException(exception: AppException): GraphQLError {
  const { field, problems, retryAfterSeconds, retryable } = exception.details;
  const extensions: Record<string, unknown> = { code: exception.code };
  if (field !== undefined) extensions.field = field;
  if (problems !== undefined && problems.length > 1) extensions.problems = problems;
  if (retryAfterSeconds !== undefined) extensions.retryAfterSeconds = retryAfterSeconds;
  if (retryable !== undefined) extensions.retryable = retryable;
  switch (exception.code) {
    case AppErrorCode.BAD_USER_INPUT:
    case AppErrorCode.UNAUTHENTICATED:
    case AppErrorCode.FORBIDDEN:
    case AppErrorCode.NOT_FOUND:
    case AppErrorCode.CONFLICT:
    case AppErrorCode.TOO_MANY_REQUESTS:
    case AppErrorCode.DATABASE_UNAVAILABLE:
      return new GraphQLError(exception.message, { extensions });
    default:
      return assertUnreachable(exception.code);
  }
}

function fromValidationPipe(exception: BadRequestException): GraphQLError {
  const response = exception.getResponse() as { message?: string | string[] };
  const messages = Array.isArray(response.message)
    ? response.message
    : [response.message ?? exception.message];
  const [first] = messages;
  const field = first?.split(' ')[0];
  return new GraphQLError(messages.join('; '), {
    extensions: { code: AppErrorCode.BAD_USER_INPUT, field },
  });
}

function knownDatabaseError(error: QueryFailedError): GraphQLError | undefined {
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code === '22P02') {
    // invalid_text_representation: an id that is not a UUID reached a query.
    return new GraphQLError('An id in the request is not a valid id.', {
      extensions: { code: AppErrorCode.BAD_USER_INPUT },
    });
  }
  if (driverError.code !== '23505') return undefined;
  const known = UNIQUE_VIOLATIONS[driverError.constraint ?? ''];
  return new GraphQLError(known?.message ?? 'This already exists.', {
    extensions: { code: AppErrorCode.CONFLICT, field: known?.field },
  });
}

/**
 * Maps anything a resolver threw to the error a client sees. Unknown errors become a
 * generic INTERNAL_SERVER_ERROR: no stack, no SQL, no driver message ever leaves.
 * Returns `internal: true` so the caller logs the original.
 */
export function toGraphQLError(error: unknown): { error: GraphQLError; internal: boolean } {
  if (error instanceof AppException) return { error: fromAppException(error), internal: false };
  if (error instanceof BadRequestException)
    return { error: fromValidationPipe(error), internal: false };
  if (error instanceof UnauthorizedException) {
    return { error: fromAppException(AppException.unauthenticated()), internal: false };
  }
  if (error instanceof ForbiddenException)
    return { error: fromAppException(AppException.forbidden()), internal: false };
  if (error instanceof QueryFailedError) {
    const known = knownDatabaseError(error);
    if (known) return { error: known, internal: false };
  }
  if (isDatabaseUnavailable(error))
    return { error: fromAppException(AppException.databaseUnavailable()), internal: false };
  if (
    error instanceof GraphQLError &&
    !(error.originalError instanceof Error) &&
    error.extensions.code
  ) {
    return { error, internal: false };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return {
      error: new GraphQLError(error.message, { extensions: { code: 'BAD_REQUEST' } }),
      internal: false,
    };
  }
  return {
    error: new GraphQLError(INTERNAL_ERROR_MESSAGE, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }),
    internal: true,
  };
}
