import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import { CallScriptModel } from './call-script.models';
import { SaveCallScriptInput } from './dtos/save-call-script.input';
import { CallScriptsService } from './services/call-scripts.service';

/** Call scripts: callers read the one their list follows; coordinators and admins edit them. */
@Resolver(() => CallScriptModel)
export class CallScriptsResolver {
  constructor(private readonly service: CallScriptsService) {}

  @Authenticated()
  @Query(() => CallScriptModel, {
    description:
      'The script a call list follows, at its latest version: the list’s own, else its region’s, else the election’s, else the built-in one.',
  })
  callScript(
    @CurrentUser() user: User,
    @Args('callListId', { type: () => ID }) callListId: string,
  ): Promise<CallScriptModel> {
    return this.service.applying(user, callListId);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [CallScriptModel], {
    description:
      'An election’s saved scripts: an admin sees all; a coordinator the default and their regions’.',
  })
  callScripts(
    @CurrentUser() user: User,
    @Args('electionId', { type: () => ID }) electionId: string,
  ): Promise<CallScriptModel[]> {
    return this.service.list(user, electionId);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CallScriptModel, {
    description: 'Saves the steps as a new version (making the script on first save).',
  })
  saveCallScript(
    @CurrentUser() user: User,
    @Args('input') input: SaveCallScriptInput,
  ): Promise<CallScriptModel> {
    return this.service.save(user, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Boolean, {
    description: 'Deletes the script and its versions; the next one out applies instead.',
  })
  deleteCallScript(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(user, id);
  }
}
