import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { Candidate } from './candidate.entity';
import { CreateRegionInput, UpdateRegionInput } from './dtos/region.inputs';
import { Region } from './region.entity';
import { RegionsService } from './services/regions.service';

@Roles(Role.ADMIN)
@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Mutation(() => Region)
  createRegion(@Args('input') input: CreateRegionInput): Promise<Region> {
    return this.regions.create(input);
  }

  @Mutation(() => Region)
  updateRegion(@Args('input') input: UpdateRegionInput): Promise<Region> {
    return this.regions.update(input);
  }

  @Authenticated()
  @ResolveField(() => [Candidate], {
    description: 'Candidates standing in the region, by name (loaded here when not already).',
  })
  candidates(@Parent() region: Region): Candidate[] | Promise<Candidate[]> {
    return region.candidates ?? this.regions.candidatesOf(region.id);
  }

  @Mutation(() => ID)
  deleteRegion(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.regions.remove(id);
  }
}
