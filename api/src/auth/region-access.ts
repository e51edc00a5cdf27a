import { Role } from '@phonebank/domain';

import { AppException } from '../common/errors/app.exception';
import type { User } from '../users/user.entity';

/**
 * What a caller wants of a region. Region scope is decided here and nowhere else: admins
 * reach every region; coordinators and volunteers only the regions they are given, and
 * each permission names the roles that hold it there.
 */
export enum RegionPermission {
  /** The region itself (code, name, seats, candidates), its lists, scripts and members as the role shows them. */
  READ = 'READ',
  /** Figures from the phones: tallies, first-preference counts, projections. */
  FIGURES = 'FIGURES',
}

const HOLDERS: Record<RegionPermission, readonly Role[]> = {
  [RegionPermission.READ]: [Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER],
  [RegionPermission.FIGURES]: [Role.ADMIN, Role.COORDINATOR],
};

const REFUSALS: Record<RegionPermission, string> = {
  [RegionPermission.READ]: 'You do not cover this region.',
  [RegionPermission.FIGURES]: "Only admins and the region's coordinators see its figures.",
};

export function regionScope(user: User): { all: true } | { all: false; regionIds: string[] } {
  if (user.role === Role.ADMIN) return { all: true };
  return { all: false, regionIds: (user.regions ?? []).map((region) => region.id) };
}

/** Whether `user` holds `permission` in the region; nobody signed in holds nothing. */
export function mayAccessRegion(
  user: User | undefined,
  permission: RegionPermission,
  regionId: string,
): boolean {
  if (!user || !HOLDERS[permission].includes(user.role)) return false;
  const scope = regionScope(user);
  return scope.all || scope.regionIds.includes(regionId);
}

/** Refuses with FORBIDDEN unless `user` holds `permission` in every one of `regionIds`. */
export function requireRegionAccess(
  user: User | undefined,
  { permission, regionIds }: { permission: RegionPermission; regionIds: readonly string[] },
): void {
  if (!user) throw AppException.unauthenticated();
  for (const regionId of regionIds) {
    if (!mayAccessRegion(user, permission, regionId))
      throw AppException.forbidden(REFUSALS[permission]);
  }
}

export function canReachRegion(user: User, regionId: string): boolean {
  return mayAccessRegion(user, RegionPermission.READ, regionId);
}

export function assertCanReachRegion(user: User, regionId: string): void {
  requireRegionAccess(user, { permission: RegionPermission.READ, regionIds: [regionId] });
}
