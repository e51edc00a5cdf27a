import { Role } from '@phonebank/domain';

import { AppException } from '../common/errors/app.exception';
import type { User } from '../users/user.entity';

/**
 * Region scope, decided here and nowhere else: admins reach every region; coordinators
 * and volunteers only the regions they are given.
 */
export function regionScope(user: User): { all: true } | { all: false; regionIds: string[] } {
  if (user.role === Role.ADMIN) return { all: true };
  return { all: false, regionIds: (user.regions ?? []).map((region) => region.id) };
}

export function canReachRegion(user: User, regionId: string): boolean {
  const scope = regionScope(user);
  return scope.all || scope.regionIds.includes(regionId);
}

export function assertCanReachRegion(user: User, regionId: string): void {
  if (!canReachRegion(user, regionId))
    throw AppException.forbidden('You do not cover this region.');
}
