import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsNumber, IsUUID, Max, Min } from 'class-validator';

import { Candidate } from '../elections/candidate.entity';

@ObjectType('FirstPreferenceTarget', {
  description:
    'Vote management: the share of first preferences wanted for one of our candidates, against what supporters have pledged.',
})
export class FirstPreferenceTargetModel {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field(() => Float, {
    description: 'Relative weight (1 = an equal share; 0 = never recommended).',
  })
  weight: number;

  @Field(() => Float, { description: 'Target share of our first preferences, 0–1.' })
  share: number;

  @Field(() => Int, {
    description: 'Latest pledged or leaning rankings with this candidate first.',
  })
  firstPreferences: number;
}

@InputType()
export class FirstPreferenceTargetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'targets: candidateId must be a candidate id' })
  candidateId: string;

  @Field(() => Float)
  @IsNumber({}, { message: 'targets: weight must be a number' })
  @Min(0, { message: 'targets: weight must be 0 or more' })
  @Max(100, { message: 'targets: weight must be at most 100' })
  weight: number;
}
