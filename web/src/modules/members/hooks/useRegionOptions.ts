import { useQuery } from '@apollo/client/react';

import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MEMBER_REGION_CHOICES_QUERY } from '../graphql/members.operations';

export interface RegionOption {
  value: string;
  label: string;
}

/**
 * The regions the signed-in user reaches, labelled "LE: London & Eastern" (with the election's
 * name when there are several). Admins reach every region; coordinators and volunteers their own.
 */
export function useRegionOptions(): RegionOption[] {
  const me = useCurrentUser();
  const { data } = useQuery(MEMBER_REGION_CHOICES_QUERY);
  const elections = data?.elections ?? [];
  const several = elections.length > 1;
  const reachable = me.role === 'ADMIN' ? null : new Set(me.regions.map((region) => region.id));
  const options = elections.flatMap((election) =>
    election.regions
      .filter((region) => !reachable || reachable.has(region.id))
      .map((region) => ({
        value: region.id,
        label: `${region.code}: ${region.name}${several ? ` (${election.name})` : ''}`,
      })),
  );
  if (options.length === 0 && reachable) {
    return me.regions.map((region) => ({
      value: region.id,
      label: `${region.code}: ${region.name}`,
    }));
  }
  return options;
}
