import { DEFAULT_ASSUMPTIONS, type ProjectionAssumptions } from '@phonebank/projection';

import type { Region } from '../elections/region.entity';

/** What projections of a region assume: the coordinator's, or the defaults. */
export function regionAssumptions(region: Region): ProjectionAssumptions {
  return region.projectionAssumptions ?? DEFAULT_ASSUMPTIONS;
}
