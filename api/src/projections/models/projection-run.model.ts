import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectionRunStatus } from '@phonebank/domain';

import { Projection } from './projection.model';

@ObjectType('ProjectionRun', {
  description: 'A projection worked by the job queue, with its progress and, once done, result.',
})
export class ProjectionRunModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProjectionRunStatus)
  status: ProjectionRunStatus;

  @Field(() => Float, { description: 'Share of the simulations counted, 0–1.' })
  progress: number;

  @Field(() => Int)
  simulations: number;

  @Field(() => Projection, { nullable: true })
  projection: Projection | null;

  @Field(() => String, { nullable: true, description: 'Why the run failed.' })
  error: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
