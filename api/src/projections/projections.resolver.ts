import { Args, Float, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Roles } from '../auth/decorators/access.decorators';
import { costPer } from '../common/graphql/query-cost';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import type { User } from '../users/user.entity';
import {
  ProjectionAssumptionsInput,
  ProjectionAssumptionsModel,
} from './models/projection-assumptions.model';
import { Projection } from './models/projection.model';
import { QUERY_SIMULATIONS } from './services/projection-checks';
import { ProjectionAssumptionsService } from './services/projection-assumptions.service';
import { ProjectionsService } from './services/projections.service';

const COST_PER_SIMULATION = 10;

/** Seat projections for coordinators of a region, and the assumptions they count with. */
@Resolver(() => Projection)
export class ProjectionsResolver {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly assumptions: ProjectionAssumptionsService,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => Projection, {
    // Each simulation is a whole STV count of the region's pledges: the dearest thing a
    // query can ask for (2,000 of them take about a second and a half).
    complexity: costPer('simulations', COST_PER_SIMULATION, QUERY_SIMULATIONS.max),
    description: `Counts the region's pledges with the coordinator's assumptions, \`simulations\` times with random variation (at most ${QUERY_SIMULATIONS.max}; more through startProjection). \`turnout\` overrides the assumed turnout for this answer only.`,
  })
  projection(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('turnout', { type: () => Float, nullable: true }) turnout: number | null,
    @Args('simulations', { type: () => Int, defaultValue: QUERY_SIMULATIONS.default })
    simulations: number,
  ): Promise<Projection> {
    return this.projections.project(user, regionId, turnout, simulations);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => ProjectionAssumptionsModel, {
    description: 'What projections of the region assume: the coordinator’s, or the defaults.',
  })
  projectionAssumptions(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
  ): Promise<ProjectionAssumptionsModel> {
    return this.assumptions.get(user, regionId);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ProjectionAssumptionsModel, {
    description: 'Sets what projections of the region assume about its voters.',
  })
  setProjectionAssumptions(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('input', { type: () => ProjectionAssumptionsInput }) input: ProjectionAssumptionsInput,
  ): Promise<ProjectionAssumptionsModel> {
    return this.assumptions.set(user, regionId, input);
  }
}
