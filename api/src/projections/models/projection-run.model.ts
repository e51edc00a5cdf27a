import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectionRunStatus } from '@phonebank/domain';

import { Projection } from './projection.model';
import { RegionField, RegionScoped } from '../../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../../auth/region-access';

@ObjectType('ProjectionRun', {
  description: 'A projection worked by the job queue, with its progress and, once done, result.',
})
@RegionScoped(RegionPermission.FIGURES, (run: ProjectionRunModel) => run.regionId)
export class ProjectionRunModel {
  @Field(() => ID)
  id: string;

  /** The region projected: what its region scope is decided by (not a field of its own). */
  regionId: string;

  @Field(() => ProjectionRunStatus)
  status: ProjectionRunStatus;

  @Field(() => Float, { description: 'Share of the simulations counted, 0–1.' })
  progress: number;

  @Field(() => Int)
  simulations: number;

  // A property with its own resolver: Nest keeps the property's extensions, so the scope sits here.
  @RegionField(RegionPermission.FIGURES)
  @Field(() => Projection, { nullable: true })
  projection: Projection | null;

  @Field(() => String, { nullable: true, description: 'Why the run failed.' })
  error: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
