/**
 * Whether `error` says the database could not be reached or went away under the statement
 * (a restart, a failover, a dropped or terminated connection), rather than that the
 * statement itself was wrong. Such a failure passes once the database answers again, so the
 * client is told to try again (DATABASE_UNAVAILABLE, HTTP 503), never shown the driver's text.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(
    ({ code, message }) =>
      (typeof code === 'string' && UNAVAILABLE_CODE.test(code)) ||
      (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)),
  );
}

/**
 * PostgreSQL's class 08 (connection exception), 57P01–57P03 (the server shutting down,
 * crashed, or starting up: "the database system is starting up"), 53300 (too many
 * connections); and the socket's own failures.
 */
const UNAVAILABLE_CODE =
  /^(08[0-9A-Z]{3}|57P0[123]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)$/;

/** What pg and pg-pool say, without a code, when a connection ended or could not be had. */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Query read timeout)/;

interface Cause {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error, and what it wraps: TypeORM's driverError, a cause, an AggregateError's errors. */
function causes(error: unknown, depth = 0): Cause[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const cause = error as Cause;
  const inner = [
    cause.driverError,
    cause.cause,
    ...(Array.isArray(cause.errors) ? cause.errors : []),
  ];
  return [cause, ...inner.flatMap((wrapped) => causes(wrapped, depth + 1))];
}
