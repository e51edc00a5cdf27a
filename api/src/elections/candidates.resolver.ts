import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { CreateCandidateInput, UpdateCandidateInput } from './dtos/candidate.inputs';
import { Candidate } from './candidate.entity';
import { CandidatesService } from './services/candidates.service';

@Roles(Role.ADMIN)
@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(private readonly candidates: CandidatesService) {}

  @Mutation(() => Candidate)
  createCandidate(@Args('input') input: CreateCandidateInput): Promise<Candidate> {
    return this.candidates.create(input);
  }

  @Mutation(() => Candidate)
  updateCandidate(@Args('input') input: UpdateCandidateInput): Promise<Candidate> {
    return this.candidates.update(input);
  }

  @Mutation(() => ID)
  deleteCandidate(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.candidates.remove(id);
  }
}
