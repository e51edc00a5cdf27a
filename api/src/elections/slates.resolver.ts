import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { CreateSlateInput, UpdateSlateInput } from './dtos/slate.inputs';
import { Slate } from './slate.entity';
import { SlatesService } from './services/slates.service';

@Roles(Role.ADMIN)
@Resolver(() => Slate)
export class SlatesResolver {
  constructor(private readonly slates: SlatesService) {}

  @Mutation(() => Slate)
  createSlate(@Args('input') input: CreateSlateInput): Promise<Slate> {
    return this.slates.create(input);
  }

  @Mutation(() => Slate)
  updateSlate(@Args('input') input: UpdateSlateInput): Promise<Slate> {
    return this.slates.update(input);
  }

  @Mutation(() => ID)
  deleteSlate(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.slates.remove(id);
  }
}
