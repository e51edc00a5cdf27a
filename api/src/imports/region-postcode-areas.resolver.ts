import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { Region } from '../elections/region.entity';
import { MemberImportsService } from './services/member-imports.service';
import { RegionField } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@Resolver(() => Region)
export class RegionPostcodeAreasResolver {
  constructor(private readonly imports: MemberImportsService) {}

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => [String], {
    description: 'The postcode areas whose members belong here when a file gives no region.',
  })
  postcodeAreas(@Parent() region: Region): Promise<string[]> {
    return this.imports.postcodeAreas(region.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Region, {
    description: 'Gives the region exactly these postcode areas (taking them from other regions).',
  })
  setRegionPostcodeAreas(
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('areas', { type: () => [String] }) areas: string[],
  ): Promise<Region> {
    return this.imports.setPostcodeAreas(regionId, areas);
  }
}
