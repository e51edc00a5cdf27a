import { Module } from '@nestjs/common';

import { ElectionsModule } from '../elections/elections.module';
import { ProjectionRunsResolver } from './projection-runs.resolver';
import { ProjectionsResolver } from './projections.resolver';
import { RegionTallyQuotaResolver } from './region-tally-quota.resolver';
import { ProjectionAssumptionsService } from './services/projection-assumptions.service';
import { ProjectionInputLoader } from './services/projection-input.loader';
import { ProjectionRunner } from './services/projection-runner';
import { ProjectionRunsService } from './services/projection-runs.service';
import { ProjectionsService } from './services/projections.service';

/** Seat projections: STV counts over pledges and assumptions, inline or as queued runs. */
@Module({
  imports: [ElectionsModule],
  providers: [
    ProjectionInputLoader,
    ProjectionRunner,
    ProjectionAssumptionsService,
    ProjectionsService,
    ProjectionRunsService,
    ProjectionsResolver,
    ProjectionRunsResolver,
    RegionTallyQuotaResolver,
  ],
  exports: [ProjectionAssumptionsService, ProjectionInputLoader],
})
export class ProjectionsModule {}
