import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import { MembersArgs } from './dtos/member.inputs';
import { Member } from './member.entity';
import { MemberPage, MemberPledge } from './member.models';
import { MembersService } from './members.service';
import { RegionField } from '../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../auth/region-access';

/** Members' personal data: coordinators (their regions) and admins only; volunteers never. */
@Roles(Role.ADMIN, Role.COORDINATOR)
@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly service: MembersService) {}

  @Query(() => MemberPage, {
    description: 'The members the caller may see, a page at a time (limit 1–200).',
  })
  members(@Args() args: MembersArgs, @CurrentUser() user: User): Promise<MemberPage> {
    return this.service.list(user, args);
  }

  @Query(() => Member, {
    name: 'member',
    nullable: true,
    description: "A member's full record with contact details; every reading is audited.",
  })
  member(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User) {
    return this.service.view(user, id);
  }

  @Mutation(() => Member, {
    description: 'Never call this member again. Idempotent: the first opt-out’s time is kept.',
  })
  optOutMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: User,
  ): Promise<Member> {
    return this.service.optOut(user, memberId, reason);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Member, {
    description:
      'UK GDPR erasure: contact details removed, membership number hashed; pledges stay as counts.',
  })
  eraseMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() user: User,
  ): Promise<Member> {
    return this.service.erase(user, memberId);
  }

  @RegionField(RegionPermission.READ)
  @ResolveField(() => Boolean, {
    description: 'Another member of the same election has the same phone number.',
  })
  sharedPhone(@Parent() member: Member): Promise<boolean> {
    return this.service.sharedPhone(member);
  }

  @RegionField(RegionPermission.READ)
  @ResolveField(() => MemberPledge, {
    nullable: true,
    description: 'The current pledge; null until one is recorded.',
  })
  latestPledge(@Parent() member: Member): Promise<MemberPledge | null> {
    return this.service.latestPledge(member);
  }
}
