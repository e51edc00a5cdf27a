import { CombinedGraphQLErrors } from '@apollo/client/errors';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  // The server's database is away for a moment: the same request will work soon.
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiProblem {
  /** The server's `extensions.code`, or NETWORK when no GraphQL answer came back. */
  code: ErrorCode | 'NETWORK';
  message: string;
  field?: string;
}

function asErrorCode(value: unknown): ErrorCode {
  return ERROR_CODES.find((code) => code === value) ?? 'INTERNAL_SERVER_ERROR';
}

/** Flattens whatever Apollo rejected with into problems the UI can place. */
export function apiProblems(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => {
      const extensions = graphQLError.extensions ?? {};
      const field = typeof extensions.field === 'string' ? extensions.field : undefined;
      return { code: asErrorCode(extensions.code), message: graphQLError.message, field };
    });
  }
  return [
    {
      code: 'NETWORK',
      message: 'Phonebank could not reach the server. Check your connection and try again.',
    },
  ];
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return apiProblems(error).some((problem) => problem.code === code);
}

export interface PlacedProblems {
  /** Messages keyed by a field the form shows. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Messages with no field on the form: shown in an Alert. */
  messages: readonly string[];
}

export const NO_PROBLEMS: PlacedProblems = { fieldErrors: {}, messages: [] };

/**
 * Says where on a form a problem's field is shown: the key of the control (for example
 * `tags[1]` shows on `tags`), or undefined when the form has no such control.
 */
export type PlaceField = (field: string) => string | undefined;

/** BAD_USER_INPUT errors naming a field the form shows go next to it; the rest go in an Alert. */
export function placeProblems(error: unknown, placeField: PlaceField): PlacedProblems {
  const fieldErrors: Record<string, string> = {};
  const messages: string[] = [];
  for (const problem of apiProblems(error)) {
    const shownOn =
      problem.code === 'BAD_USER_INPUT' && problem.field ? placeField(problem.field) : undefined;
    if (shownOn) {
      fieldErrors[shownOn] ??= problem.message;
    } else {
      messages.push(problem.message);
    }
  }
  return { fieldErrors, messages };
}

/** A PlaceField for forms whose controls are keyed exactly by the API's field names. */
export function fieldsNamed(...fields: string[]): PlaceField {
  const known = new Set(fields);
  return (field) => (known.has(field) ? field : undefined);
}
