/**
 * A problem with the file or its context that no retry would fix: the import is marked
 * failed at once with this message, in the words of the Import screen.
 */
export class ImportFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFailure';
  }
}

// PostgreSQL error classes that come and go with the server (connection, a transaction
// rolled back for serialization or deadlock, resources, an operator's shutdown): the job
// is worth another try. Anything else (bad data, a limit, a bug) fails the same way again.
const TRANSIENT_SQLSTATE_CLASSES = new Set(['08', '40', '53', '57', '58']);
const TRANSIENT_SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE']);

/** A failure another try may not meet: the database or its connection was away. */
export function isTransientFailure(error: unknown): boolean {
  if (error instanceof ImportFailure) return false;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (/^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_SQLSTATE_CLASSES.has(code.slice(0, 2));
    if (TRANSIENT_SOCKET_CODES.has(code)) return true;
  }
  return (
    typeof message === 'string' && /connection (terminated|ended)|not queryable/i.test(message)
  );
}
