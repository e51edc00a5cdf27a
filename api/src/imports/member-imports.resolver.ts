import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MEMBER_COLUMNS, Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { AppException } from '../common/errors/app.exception';
import { Election } from '../elections/election.entity';
import { ElectionsService } from '../elections/services/elections.service';
import { User } from '../users/user.entity';
import { MemberColumn } from './member-column.model';
import { MemberImport } from './member-import.entity';
import { MemberImportError } from './member-import-error.entity';
import { ImportUploadService } from './services/import-upload.service';
import { MemberImportsService } from './services/member-imports.service';

@Roles(Role.ADMIN, Role.COORDINATOR)
@Resolver(() => MemberImport)
export class MemberImportsResolver {
  constructor(
    private readonly imports: MemberImportsService,
    private readonly elections: ElectionsService,
    private readonly uploads: ImportUploadService,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => MemberImport, {
    description:
      'Imports a file whose preview (an upload with dryRun=1) has finished: the stored file is imported for real.',
  })
  async confirmMemberImport(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MemberImport> {
    return this.uploads.confirm(user, await this.imports.getFor(user, id));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => MemberImport, {
    nullable: true,
    description: 'An import and its progress: coordinators see the imports they made.',
  })
  memberImport(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MemberImport | null> {
    return this.imports.findFor(user, id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [MemberImport], { description: 'Recent imports, newest first.' })
  memberImports(
    @CurrentUser() user: User,
    @Args('electionId', { type: () => ID, nullable: true }) electionId: string | undefined,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<MemberImport[]> {
    if (limit < 1 || limit > 100) throw AppException.badInput('limit', 'limit must be 1 to 100.');
    return this.imports.listFor(user, electionId, limit);
  }

  @Authenticated()
  @Query(() => [MemberColumn], { description: 'The columns a member file may carry.' })
  memberColumns(): MemberColumn[] {
    return MEMBER_COLUMNS.map((column) => ({ ...column, aliases: [...column.aliases] }));
  }

  @ResolveField(() => [MemberImportError], { description: 'Rejected rows, by line.' })
  errors(
    @Parent() memberImport: MemberImport,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<MemberImportError[]> {
    if (limit < 0 || limit > 1000) throw AppException.badInput('limit', 'limit must be 0 to 1000.');
    return this.imports.errors(memberImport.id, limit);
  }

  @ResolveField(() => User, { nullable: true })
  createdBy(@Parent() memberImport: MemberImport): Promise<User | null> {
    return this.imports.creator(memberImport);
  }

  @ResolveField(() => Election)
  async election(
    @CurrentUser() user: User,
    @Parent() memberImport: MemberImport,
  ): Promise<Election> {
    const visible = await this.elections.findFor(user, memberImport.electionId);
    if (visible) return visible;
    return Object.assign(await this.elections.get(memberImport.electionId), {
      regions: [],
      slates: [],
    });
  }
}
