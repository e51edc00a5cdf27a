import { Field, Int, ObjectType } from '@nestjs/graphql';

import { Candidate } from './candidate.entity';

@ObjectType({
  description:
    'A number per candidate: first preferences in a tally, or simulations won in a projection.',
})
export class CandidateCount {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field(() => Int)
  count: number;
}
