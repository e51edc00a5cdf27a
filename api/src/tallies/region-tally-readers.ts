import { Role } from '@phonebank/domain';

import { mayAccessRegion, RegionPermission } from '../auth/region-access';
import type { User } from '../users/user.entity';

/**
 * Who reads a region's tally (RegionPermission.FIGURES holds the same roles), asked or live: admins, and coordinators in their regions.
 * Volunteers see their own session's tally on the call screen, not a region's.
 */
export const REGION_TALLY_READERS = [Role.ADMIN, Role.COORDINATOR] as const;

export function mayReadRegionTally(user: User, regionId: string): boolean {
  return mayAccessRegion(user, RegionPermission.FIGURES, regionId);
}
