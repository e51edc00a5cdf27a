import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import { CreateElectionInput, UpdateElectionInput } from './dtos/election.inputs';
import { Election } from './election.entity';
import { ElectionsService } from './services/elections.service';

@Resolver(() => Election)
export class ElectionsResolver {
  constructor(private readonly elections: ElectionsService) {}

  @Authenticated()
  @Query(() => [Election], {
    name: 'elections',
    description: 'Elections with the regions you reach (admins: all).',
  })
  listElections(@CurrentUser() user: User): Promise<Election[]> {
    return this.elections.listFor(user);
  }

  @Authenticated()
  @Query(() => Election, { nullable: true })
  election(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Election | null> {
    return this.elections.findFor(user, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Election)
  createElection(@Args('input') input: CreateElectionInput): Promise<Election> {
    return this.elections.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Election)
  updateElection(
    @Args('input') input: UpdateElectionInput,
    @CurrentUser() user: User,
  ): Promise<Election> {
    return this.elections.update(input, user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ID, {
    description: 'Deletes the election with its regions, slates, candidates and members.',
  })
  deleteElection(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.elections.remove(id);
  }
}
