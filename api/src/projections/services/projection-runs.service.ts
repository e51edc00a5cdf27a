import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProjectionRunStatus } from '@phonebank/domain';
import { DataSource } from 'typeorm';

import { assertCanReachRegion } from '../../auth/region-access';
import { AppException } from '../../common/errors/app.exception';
import { JobsService } from '../../jobs/jobs.service';
import type { User } from '../../users/user.entity';
import { ProjectionRun } from '../projection-run.entity';
import { assertProjectable, assertSimulations, RUN_SIMULATIONS } from './projection-checks';
import { ProjectionInputLoader } from './projection-input.loader';
import { ProjectionRunner } from './projection-runner';

export const PROJECTION_QUEUE = 'projection';

interface ProjectionJobData {
  runId: string;
}

/** How often a running projection writes its progress down. */
const PROGRESS_EVERY_MS = 250;

/**
 * Projections too big to wait for: queued as jobs (any replica works them, a dead
 * worker's run is retried), with progress a client can watch and the result kept.
 */
@Injectable()
export class ProjectionRunsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Projections');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly loader: ProjectionInputLoader,
    private readonly runner: ProjectionRunner,
  ) {}

  private get runs() {
    return this.dataSource.getRepository(ProjectionRun);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue(PROJECTION_QUEUE, { retryLimit: 2, expireInSeconds: 15 * 60 });
    await this.jobs.work<ProjectionJobData>(PROJECTION_QUEUE, (data) => this.work(data.runId));
  }

  async start(user: User, regionId: string, simulations: number): Promise<ProjectionRun> {
    assertCanReachRegion(user, regionId);
    assertSimulations(simulations, RUN_SIMULATIONS.max);
    // Checked now, so a coordinator hears at once what is wrong rather than from a failed run.
    const { input } = await this.loader.load(regionId, simulations);
    assertProjectable(input);
    const run = await this.runs.save(
      this.runs.create({
        regionId,
        requestedById: user.id,
        simulations,
        assumptions: input.assumptions,
      }),
    );
    await this.jobs.send<ProjectionJobData>(PROJECTION_QUEUE, { runId: run.id });
    return run;
  }

  async get(user: User, id: string): Promise<ProjectionRun> {
    const run = await this.runs.findOneBy({ id });
    if (!run) throw AppException.notFound('Projection run', id);
    assertCanReachRegion(user, run.regionId);
    return run;
  }

  /** The region's most recent finished projection, for overviews that cannot wait for one. */
  async latest(user: User, regionId: string): Promise<ProjectionRun | null> {
    assertCanReachRegion(user, regionId);
    return this.runs.findOne({
      where: { regionId, status: ProjectionRunStatus.SUCCEEDED },
      order: { finishedAt: 'DESC' },
    });
  }

  private async work(runId: string): Promise<void> {
    const run = await this.runs.findOneBy({ id: runId });
    if (!run || run.status === ProjectionRunStatus.SUCCEEDED) return;
    await this.runs.update(runId, { status: ProjectionRunStatus.RUNNING, progress: 0 });
    try {
      const { input } = await this.loader.load(run.regionId, run.simulations, run.assumptions);
      assertProjectable(input);
      let written = Date.now();
      let lastWrite: Promise<unknown> = Promise.resolve();
      const result = await this.runner.run(input, (progress) => {
        if (Date.now() - written < PROGRESS_EVERY_MS) return;
        written = Date.now();
        lastWrite = this.runs.update(runId, { progress }).catch(() => undefined);
      });
      await lastWrite; // so a late progress write cannot follow the result
      await this.runs.update(runId, {
        status: ProjectionRunStatus.SUCCEEDED,
        progress: 1,
        result,
        finishedAt: new Date(),
      });
    } catch (error) {
      const message =
        error instanceof AppException
          ? error.message
          : 'The projection could not be counted; start it again.';
      if (!(error instanceof AppException))
        this.logger.error(`Projection run ${runId} failed`, (error as Error).stack);
      await this.runs.update(runId, {
        status: ProjectionRunStatus.FAILED,
        failureMessage: message,
        finishedAt: new Date(),
      });
    }
  }
}
