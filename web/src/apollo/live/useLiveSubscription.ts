import type { DocumentNode, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';

import { installLiveLink } from './live-link';

/**
 * `useSubscription` over the live-update socket. Results land in the cache, so queries of
 * the same objects re-render by themselves.
 */
export function useLiveSubscription<TData, TVariables extends OperationVariables>(
  document: DocumentNode | TypedDocumentNode<TData, TVariables>,
  options: useSubscription.Options<TData, TVariables>,
): useSubscription.Result<TData> {
  installLiveLink(useApolloClient());
  return useSubscription(document, options);
}
