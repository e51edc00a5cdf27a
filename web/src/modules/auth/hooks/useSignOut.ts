import { useApolloClient, useMutation } from '@apollo/client/react';

import { useNavigate } from '../../../router';
import { LOGOUT_MUTATION, ME_QUERY } from '../graphql/auth.operations';
import { SIGN_IN_PATH } from '../utils/return-path';

/** Ends the session on the server, forgets everything cached, and shows the sign-in page. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LOGOUT_MUTATION);

  async function signOut(): Promise<void> {
    try {
      await logout();
    } finally {
      await client.clearStore();
      client.cache.writeQuery({ query: ME_QUERY, data: { me: null } });
      navigate(SIGN_IN_PATH, { replace: true });
    }
  }

  return { signOut, signingOut: loading };
}
