import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { User } from '../users/user.entity';
import { CallList } from './call-list.entity';
import { CallListVolunteersService } from './services/call-list-volunteers.service';
import { CallListsService } from './services/call-lists.service';

/** Who works on a list, managed by its region's coordinators and admins. */
@Roles(Role.ADMIN, Role.COORDINATOR)
@Resolver()
export class CallListVolunteersResolver {
  constructor(
    private readonly callLists: CallListsService,
    private readonly volunteers: CallListVolunteersService,
  ) {}

  @Query(() => [User], {
    description: 'Volunteers and coordinators who call for the list’s region.',
  })
  async assignableVolunteers(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
  ): Promise<User[]> {
    return this.volunteers.assignable(await this.callLists.manageable(user, callListId));
  }

  @Mutation(() => CallList)
  async addVolunteersToCallList(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
  ): Promise<CallList> {
    const list = await this.callLists.manageable(user, callListId);
    await this.volunteers.add(user, list, userIds);
    return list;
  }

  @Mutation(() => CallList)
  async removeVolunteerFromCallList(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CallList> {
    const list = await this.callLists.manageable(user, callListId);
    await this.volunteers.remove(list, userId);
    return list;
  }

  @Mutation(() => Int, {
    description: 'Sets the next `count` due members aside for one volunteer; returns how many.',
  })
  async reserveMembersForVolunteer(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('count', { type: () => Int }) count: number,
  ): Promise<number> {
    return this.volunteers.reserve(
      await this.callLists.manageable(user, callListId),
      userId,
      count,
    );
  }

  @Mutation(() => Int, { description: 'Hands a volunteer’s reserved members back to everyone.' })
  async releaseReservedMembers(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<number> {
    return this.volunteers.unreserve(await this.callLists.manageable(user, callListId), userId);
  }
}
