import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@phonebank/domain';

import { Authenticated, Roles } from '../auth/decorators/access.decorators';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { WORKER_JOB_COST } from '../common/graphql/query-cost';
import type { User } from '../users/user.entity';
import { ProjectionRunModel } from './models/projection-run.model';
import { Projection } from './models/projection.model';
import type { ProjectionRun } from './projection-run.entity';
import { RUN_SIMULATIONS } from './services/projection-checks';
import { ProjectionInputLoader } from './services/projection-input.loader';
import { ProjectionRunsService } from './services/projection-runs.service';
import { presentProjection } from './projection-presenter';

/** The fields a run shows; its result becomes a Projection only when asked for. */
function runModel(run: ProjectionRun): ProjectionRunModel & { run: ProjectionRun } {
  return {
    run,
    id: run.id,
    regionId: run.regionId,
    status: run.status,
    progress: run.progress,
    simulations: run.simulations,
    projection: null,
    error: run.failureMessage,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  };
}

@Resolver(() => ProjectionRunModel)
export class ProjectionRunsResolver {
  constructor(
    private readonly runs: ProjectionRunsService,
    private readonly loader: ProjectionInputLoader,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ProjectionRunModel, {
    complexity: WORKER_JOB_COST,
    description: `Queues a projection of up to ${RUN_SIMULATIONS.max} simulations; watch it with projectionRun(id).`,
  })
  async startProjection(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
    @Args('simulations', { type: () => Int }) simulations: number,
  ): Promise<ProjectionRunModel> {
    return runModel(await this.runs.start(user, regionId, simulations));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => ProjectionRunModel)
  async projectionRun(
    @CurrentUser() user: User,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProjectionRunModel> {
    return runModel(await this.runs.get(user, id));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => ProjectionRunModel, {
    nullable: true,
    description: 'The region’s most recent finished projection run, if any.',
  })
  async latestProjectionRun(
    @CurrentUser() user: User,
    @Args('regionId', { type: () => ID }) regionId: string,
  ): Promise<ProjectionRunModel | null> {
    const run = await this.runs.latest(user, regionId);
    return run ? runModel(run) : null;
  }

  @Authenticated()
  @ResolveField(() => Projection, { nullable: true })
  async projection(
    @Parent() parent: ProjectionRunModel & { run: ProjectionRun },
  ): Promise<Projection | null> {
    const { run } = parent;
    if (!run.result) return null;
    const contest = await this.loader.contest(run.regionId);
    return presentProjection(contest, run.result, run.assumptions);
  }
}
