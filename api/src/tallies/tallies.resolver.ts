import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { RegionPermission, requireRegionAccess } from '../auth/region-access';
import { COUNT_COST } from '../common/graphql/query-cost';
import type { User } from '../users/user.entity';
import { REGION_TALLY_READERS } from './region-tally-readers';
import { RegionTallyModel } from './tallies.models';
import { TalliesService } from './tallies.service';

@Roles(...REGION_TALLY_READERS)
@Resolver(() => RegionTallyModel)
export class TalliesResolver {
  constructor(private readonly tallies: TalliesService) {}

  @Query(() => RegionTallyModel, {
    complexity: COUNT_COST,
    description: "A region's figures from the phones (coordinators: their regions only).",
  })
  regionTally(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
  ): Promise<RegionTallyModel> {
    requireRegionAccess(user, { permission: RegionPermission.FIGURES, regionIds: [regionId] });
    return this.tallies.regionTally(regionId);
  }

  @Query(() => [RegionTallyModel], {
    description:
      "The tallies of the election's regions you reach, by region code (default: the most recent election).",
  })
  regionTallies(
    @CurrentUser() user: User,
    @Args('electionId', { type: () => ID, nullable: true }) electionId?: string | null,
  ): Promise<RegionTallyModel[]> {
    return this.tallies.regionTallies(user, electionId);
  }
}
