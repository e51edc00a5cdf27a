import { Extensions } from '@nestjs/graphql';

import type { RegionPermission } from '../region-access';
import {
  REGION_FIELD_EXTENSION,
  REGION_SCOPE_EXTENSION,
  type RegionOf,
  type TypeRegionScope,
} from '../region-scope.extensions';

/**
 * On an @ObjectType whose objects belong to one region: every field that returns such
 * objects, whatever type it is on, hands the caller only those of regions where they hold
 * `permission` (a list drops the others; a single one is refused with FORBIDDEN). Checked
 * for every field of the schema at start-up (region-scope.schema.ts): a type that carries a
 * region and does not say this stops the server.
 */
export function RegionScoped<T>(permission: RegionPermission, regionOf: RegionOf<T>) {
  const scope: TypeRegionScope = { permission, regionOf: regionOf as RegionOf<unknown> };
  return Extensions({ [REGION_SCOPE_EXTENSION]: scope });
}

/**
 * On a field of a region-scoped type (a @ResolveField or a property) that needs more of
 * the region than its type: refused with FORBIDDEN unless the caller holds `permission` in
 * the object's region. Every @ResolveField of a region-scoped type must say this, even when
 * it needs no more than the type.
 */
export function RegionField(permission: RegionPermission) {
  return Extensions({ [REGION_FIELD_EXTENSION]: permission });
}
