import type { RegionPermission } from './region-access';

/** Where @RegionScoped and @RegionField leave their declarations in the schema's extensions. */
export const REGION_SCOPE_EXTENSION = 'phonebankRegionScope';
export const REGION_FIELD_EXTENSION = 'phonebankRegionField';

/** Which region an object of a region-scoped type belongs to; null: it belongs to none. */
export type RegionOf<T> = (source: T) => string | null | undefined;

export interface TypeRegionScope {
  permission: RegionPermission;
  regionOf: RegionOf<unknown>;
}
