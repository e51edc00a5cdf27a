import type { ApolloServerPlugin } from '@apollo/server';

import { assertAffordable } from './query-cost';

/**
 * Costs every operation over HTTP once its document is parsed, validated and its operation
 * chosen, and refuses one over the limit before any resolver runs. (Validation rules cannot
 * do it: they do not see the variables, and a page size usually is one.)
 */
export function queryCostPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, request, operationName }) => {
          assertAffordable({ schema, document, variables: request.variables, operationName });
          return Promise.resolve();
        },
      }),
  };
}
