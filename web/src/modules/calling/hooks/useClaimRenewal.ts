import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';

import { RENEW_CLAIM_MUTATION } from '../graphql/calling.operations';

/** Well inside the default 10-minute lease, so a long call keeps its member. */
export const CLAIM_RENEWAL_MS = 4 * 60 * 1000;

/** Keeps the member held while the call page shows them. Returns the last renewal's error. */
export function useClaimRenewal(claimId: string | undefined) {
  const [renew, { error, reset }] = useMutation(RENEW_CLAIM_MUTATION);
  useEffect(() => {
    if (!claimId) return undefined;
    reset();
    const timer = setInterval(() => {
      renew({ variables: { claimId } }).catch(() => undefined);
    }, CLAIM_RENEWAL_MS);
    return () => clearInterval(timer);
  }, [claimId, renew, reset]);
  return error;
}
