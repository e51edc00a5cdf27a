import type { FieldProblem } from '@phonebank/domain';

/** What went wrong, in the words a client can act on; each maps to one GraphQL error code. */
export enum AppErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database is away (restarting, failing over): the same request will work soon. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
}

export interface AppExceptionDetails {
  field?: string;
  problems?: FieldProblem[];
  retryAfterSeconds?: number;
  /** The same request, sent again unchanged, may succeed: a client should keep it and resend. */
  retryable?: boolean;
}

/** The one exception services throw for anything a client did or may not do. */
export class AppException extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppExceptionDetails = {},
  ) {
    super(message);
    this.name = 'AppException';
  }

  /** Input that breaks a rule: the message names the first field, all problems travel along. */
  static invalid(problems: FieldProblem[]): AppException {
    const [first] = problems;
    const message =
      problems.length === 1 ? first.message : problems.map((p) => p.message).join(' ');
    return new AppException(AppErrorCode.BAD_USER_INPUT, message, { field: first.field, problems });
  }

  static badInput(field: string, message: string): AppException {
    return AppException.invalid([{ field, message }]);
  }

  static notFound(what: string, id: string): AppException {
    return new AppException(
      AppErrorCode.NOT_FOUND,
      `${what} ${id} does not exist (or you may not see it).`,
    );
  }

  static forbidden(message = 'You may not do this.'): AppException {
    return new AppException(AppErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in first.'): AppException {
    return new AppException(AppErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(field: string, message: string): AppException {
    return new AppException(AppErrorCode.CONFLICT, message, { field });
  }

  static databaseUnavailable(): AppException {
    return new AppException(
      AppErrorCode.DATABASE_UNAVAILABLE,
      'The server cannot reach its database just now. Nothing was lost; try again in a moment.',
      { retryable: true, retryAfterSeconds: 1 },
    );
  }
}

/** Throws when any problem was found: the pattern every service uses before writing. */
export function assertValid(problems: FieldProblem[]): void {
  if (problems.length > 0) throw AppException.invalid(problems);
}
