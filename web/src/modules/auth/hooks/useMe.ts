import { useQuery } from '@apollo/client/react';

import { type MeQuery } from '../../../gql/graphql';
import { ME_QUERY } from '../graphql/auth.operations';

export type CurrentUser = NonNullable<MeQuery['me']>;

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}
