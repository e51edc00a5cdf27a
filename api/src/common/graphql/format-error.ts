import type { GraphQLFormattedError } from 'graphql';

import { INTERNAL_ERROR_MESSAGE } from '../errors/to-graphql-error';

/**
 * The last gate before an error leaves: our own errors pass as they are; anything that
 * reached Apollo without a code of ours loses its message, so no SQL or stack ever leaks.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    if (formatted.message === INTERNAL_ERROR_MESSAGE) return formatted;
    return {
      message: INTERNAL_ERROR_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
