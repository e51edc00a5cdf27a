import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { INTERNAL_ERROR_MESSAGE } from '../errors/to-graphql-error';

/**
 * The last gate before an error leaves: our own errors pass as they are; anything that
 * reached Apollo without a code of ours loses its message, so no SQL or stack ever leaks.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const code = ruleCode(formatted, error) ?? formatted.extensions?.code;
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    if (formatted.message === INTERNAL_ERROR_MESSAGE) return formatted;
    return {
      message: INTERNAL_ERROR_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions: { ...extensions, code } };
}

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED, over the code our
 * own rules (depth, fields) set: theirs says what to change, so it is the one sent.
 */
function ruleCode(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof GraphQLError))
    return undefined;
  const code = error.originalError.extensions.code;
  return typeof code === 'string' ? code : undefined;
}
