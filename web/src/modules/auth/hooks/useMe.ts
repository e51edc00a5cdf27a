import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { type MeQuery } from '../../../gql/graphql';
import { ME_QUERY } from '../graphql/auth.operations';

export type CurrentUser = NonNullable<MeQuery['me']>;

const REMEMBERED_USER = 'phonebank:signed-in-user';

/**
 * The user last seen signed in on this device: with no network the call page still opens, so
 * calls saved on the phone can be seen and sent later. It grants nothing; the server checks
 * every request, and forgets it at sign-out.
 */
function rememberedUser(): CurrentUser | null {
  try {
    const saved = localStorage.getItem(REMEMBERED_USER);
    return saved ? (JSON.parse(saved) as CurrentUser) : null;
  } catch {
    return null;
  }
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  useEffect(() => {
    if (!data) return;
    if (data.me) localStorage.setItem(REMEMBERED_USER, JSON.stringify(data.me));
    else localStorage.removeItem(REMEMBERED_USER);
  }, [data]);
  const offline =
    !data &&
    error !== undefined &&
    apiProblems(error).every((problem) => problem.code === 'NETWORK');
  const me = data?.me ?? (offline ? rememberedUser() : null);
  return { me, loading: loading && !data, error, refetch };
}
