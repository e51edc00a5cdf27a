import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { expectedQuota } from '@phonebank/projection';

import { Authenticated } from '../auth/decorators/access.decorators';
import { RegionTallyModel } from '../tallies/tallies.models';
import { regionAssumptions } from './region-assumptions';
import { RegionField } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

/** The quota line on a region's charts: what a quota would be at the assumed turnout. */
@Resolver(() => RegionTallyModel)
export class RegionTallyQuotaResolver {
  @RegionField(RegionPermission.FIGURES)
  @Authenticated()
  @ResolveField(() => Float, {
    description:
      'The Droop quota if the assumed share of these members vote (the region’s projection assumptions).',
  })
  quota(@Parent() tally: RegionTallyModel): number {
    const { turnout } = regionAssumptions(tally.region);
    return expectedQuota(tally.members * turnout, tally.region.seats);
  }
}
