import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { CreateUserInput } from './dtos/create-user.input';
import { UpdateUserInput } from './dtos/update-user.input';
import { UsersService } from './services/users.service';
import { User } from './user.entity';

@Roles(Role.ADMIN)
@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => [User], { name: 'users', description: 'Every user, for admins.' })
  listUsers(): Promise<User[]> {
    return this.users.list();
  }

  @Mutation(() => User)
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(input);
  }

  @Mutation(() => User)
  updateUser(
    @Args('input') input: UpdateUserInput,
    @CurrentUser() actingUser: User,
  ): Promise<User> {
    return this.users.update(input, actingUser.id);
  }
}
