import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Region } from '../elections/region.entity';
import type { User } from '../users/user.entity';
import { FirstPreferenceTargetInput, FirstPreferenceTargetModel } from './first-preference.models';
import { FirstPreferenceService } from './first-preference.service';
import { RegionField } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

const HELP =
  'Vote management: each supporter of our slate is asked to give their first preference to the candidate of ours furthest below their target share of our first preferences (equal unless the coordinator sets weights), and to rank the rest of our slate next. Spreading first preferences keeps every one of our candidates in the count until transfers can elect them, instead of one piling up votes past the quota while another is eliminated early.';

@Resolver(() => Region)
export class FirstPreferenceResolver {
  constructor(private readonly service: FirstPreferenceService) {}

  @RegionField(RegionPermission.FIGURES)
  @Authenticated()
  @ResolveField(() => [FirstPreferenceTargetModel], { description: HELP })
  firstPreferenceTargets(@Parent() region: Region): Promise<FirstPreferenceTargetModel[]> {
    return this.service.targets(region);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Region, {
    description: `Sets the split of first preferences wanted among our candidates in the region (weights; left out: 1). ${HELP}`,
  })
  setFirstPreferenceTargets(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('targets', { type: () => [FirstPreferenceTargetInput] })
    targets: FirstPreferenceTargetInput[],
  ): Promise<Region> {
    return this.service.setTargets(user, regionId, targets);
  }
}
