import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CallListStatus, Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { COUNT_COST } from '../common/graphql/query-cost';
import { Election } from '../elections/election.entity';
import { Region } from '../elections/region.entity';
import type { User } from '../users/user.entity';
import { CallList } from './call-list.entity';
import {
  CallingHours,
  CallListFilterModel,
  CallListProgress,
  CallListVolunteerModel,
  RetryDelays,
} from './call-list.models';
import {
  CallListFilterInput,
  CreateCallListInput,
  UpdateCallListInput,
} from './dtos/call-list.inputs';
import { CallListProgressService } from './services/call-list-progress.service';
import { CallListVolunteersService } from './services/call-list-volunteers.service';
import { CallListsService } from './services/call-lists.service';
import { RegionField } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

@ObjectType()
export class CallListRefresh {
  @Field(() => CallList)
  callList: CallList;

  @Field(() => Int, { description: 'Members newly taken in.' })
  added: number;
}

/** Call lists: volunteers see those they were added to; coordinators manage their regions'. */
@Resolver(() => CallList)
export class CallListsResolver {
  constructor(
    private readonly service: CallListsService,
    private readonly progressService: CallListProgressService,
    private readonly volunteersService: CallListVolunteersService,
  ) {}

  @Authenticated()
  @Query(() => [CallList], {
    description: 'Lists the caller may see (a volunteer: those they were added to), newest first.',
  })
  callLists(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<CallList[]> {
    return this.service.list(user, regionId, includeArchived);
  }

  @Authenticated()
  @Query(() => CallList)
  callList(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CallList> {
    return this.service.reachable(user, id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => Int, {
    complexity: COUNT_COST,
    description: 'How many members a list with this filter would take in now.',
  })
  callListMatchCount(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('filter', { type: () => CallListFilterInput, nullable: true })
    filter: CallListFilterInput | null,
  ): Promise<number> {
    return this.service.matchCount(user, regionId, filter);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallList, {
    description: 'Every callable member of the region that matches the filter.',
  })
  createCallList(
    @CurrentUser() user: User,
    @Args('input') input: CreateCallListInput,
  ): Promise<CallList> {
    return this.service.create(user, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallList)
  updateCallList(
    @CurrentUser() user: User,
    @Args('input') input: UpdateCallListInput,
  ): Promise<CallList> {
    return this.service.update(user, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallListRefresh, {
    complexity: COUNT_COST,
    description: 'Takes in members who match the filter and are not in the list yet.',
  })
  refreshCallList(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CallListRefresh> {
    return this.service.refresh(user, id).then(({ list, added }) => ({ callList: list, added }));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallList, { description: 'No claims until resumed; the queue is kept.' })
  pauseCallList(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CallList> {
    return this.service.setStatus(user, id, CallListStatus.PAUSED);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallList)
  resumeCallList(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CallList> {
    return this.service.setStatus(user, id, CallListStatus.ACTIVE);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallList, {
    description: 'For good: the list is closed and hidden from volunteers.',
  })
  archiveCallList(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CallList> {
    return this.service.setStatus(user, id, CallListStatus.ARCHIVED);
  }

  @Authenticated()
  @ResolveField(() => Region)
  region(@Parent() list: CallList): Promise<Region> {
    return this.service.region(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => Election)
  election(@Parent() list: CallList): Promise<Election> {
    return this.service.election(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => Int, { description: 'Members in the list, whatever their state.' })
  size(@Parent() list: CallList): Promise<number> {
    return this.progressService.size(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => Int, {
    description: 'Members still to be called: waiting, held or due later.',
  })
  remaining(@Parent() list: CallList): Promise<number> {
    return this.progressService.remaining(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => CallListProgress)
  progress(@Parent() list: CallList): Promise<CallListProgress> {
    return this.progressService.progress(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => CallingHours)
  callingHours(@Parent() list: CallList): CallingHours {
    return this.service.callingHours(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => RetryDelays)
  retryDelays(@Parent() list: CallList): RetryDelays {
    return this.service.retryDelays(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => CallListFilterModel, { name: 'filter' })
  filterOf(@Parent() list: CallList): CallListFilterModel {
    return this.service.filter(list);
  }

  @RegionField(RegionPermission.READ)
  @Authenticated()
  @ResolveField(() => [CallListVolunteerModel], {
    description:
      'Coordinators and admins see everyone on the list; a volunteer sees only themselves.',
  })
  async volunteers(
    @Parent() list: CallList,
    @CurrentUser() user: User,
  ): Promise<CallListVolunteerModel[]> {
    const volunteers = await this.volunteersService.onList(list);
    return user.role === Role.VOLUNTEER
      ? volunteers.filter((v) => v.user.id === user.id)
      : volunteers;
  }
}
