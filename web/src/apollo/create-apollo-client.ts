import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

import { apiProblems } from './errors';

export interface ApolloClientOptions {
  /** Called when the server says the session is missing or over (not for a failed login). */
  onUnauthenticated: () => void;
  uri?: string;
}

/** Operations whose UNAUTHENTICATED answer is the expected reply, not a lost session. */
const SIGN_IN_OPERATIONS = new Set(['Login']);

export function createApolloClient({
  onUnauthenticated,
  uri = '/graphql',
}: ApolloClientOptions): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
    if (apiProblems(error).some((problem) => problem.code === 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
  });
}
