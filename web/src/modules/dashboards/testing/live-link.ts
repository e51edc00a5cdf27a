import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';

/**
 * Queries and mutations answered from `mocks`; subscriptions held open until the test pushes
 * a result with `pushes.simulateResult(...)`, as the server does after a call is recorded.
 */
export function liveTestLink(mocks: readonly MockLink.MockedResponse[]) {
  const pushes = new MockSubscriptionLink();
  const link = ApolloLink.split(
    (operation) => operation.operationType === 'subscription',
    pushes,
    new MockLink(mocks),
  );
  return { link, pushes };
}
