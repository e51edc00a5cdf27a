import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { Candidate } from '../../elections/candidate.entity';
import { CandidateCount } from '../../elections/candidate-count.model';
import { Region } from '../../elections/region.entity';
import { ProjectionAssumptionsModel } from './projection-assumptions.model';
import { RegionScoped } from '../../auth/decorators/region-scope.decorators';
import { RegionPermission } from '../../auth/region-access';

@ObjectType({
  description:
    'How many more supporters would elect our weakest winnable candidate in the central scenario.',
})
export class PledgesNeeded {
  @Field(() => Candidate)
  candidate: Candidate;

  @Field(() => Int, {
    nullable: true,
    description: 'More first preferences for them that would do it; null: none would.',
  })
  firstPreferences: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Or more second preferences for them from voters whose first choice is another slate’s; null: none would.',
  })
  secondPreferences: number | null;
}

@ObjectType({
  description:
    'An STV count over ballots made from the region’s pledges and the coordinator’s assumptions, repeated with random variation.',
})
@RegionScoped(RegionPermission.FIGURES, (projection: Projection) => projection.region.id)
export class Projection {
  @Field(() => Region)
  region: Region;

  @Field(() => Float, { description: 'The quota in the central scenario.' })
  quota: number;

  @Field(() => [Candidate], { description: 'Elected in the central scenario, in order.' })
  elected: Candidate[];

  @Field(() => [CandidateCount], {
    description: 'Every candidate, with the number of simulations in which they were elected.',
  })
  chances: CandidateCount[];

  @Field(() => Int)
  simulations: number;

  @Field(() => Int, { description: 'Valid ballots in the central scenario.' })
  ballots: number;

  @Field(() => Float, { description: 'Mean number of our slate’s candidates elected.' })
  expectedSeats: number;

  @Field(() => [CandidateCount], { description: 'First preferences in the central scenario.' })
  firstPreferences: CandidateCount[];

  @Field(() => PledgesNeeded, { nullable: true })
  pledgesNeeded: PledgesNeeded | null;

  @Field(() => ProjectionAssumptionsModel)
  assumptions: ProjectionAssumptionsModel;
}
