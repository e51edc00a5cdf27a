import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProjectionAssumptions } from '@phonebank/projection';
import { DataSource } from 'typeorm';

import { assertCanReachRegion } from '../../auth/region-access';
import { AppException } from '../../common/errors/app.exception';
import { Region } from '../../elections/region.entity';
import type { User } from '../../users/user.entity';
import type {
  ProjectionAssumptionsInput,
  ProjectionAssumptionsModel,
} from '../models/projection-assumptions.model';
import { presentAssumptions } from '../projection-presenter';
import { assertProjectable } from './projection-checks';
import { ProjectionInputLoader } from './projection-input.loader';
import { regionAssumptions } from '../region-assumptions';

/** The coordinator's assumptions about a region's voters, kept on the region. */
@Injectable()
export class ProjectionAssumptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: ProjectionInputLoader,
  ) {}

  async get(user: User, regionId: string): Promise<ProjectionAssumptionsModel> {
    assertCanReachRegion(user, regionId);
    const { region, slates } = await this.loader.contest(regionId);
    return presentAssumptions(regionAssumptions(region), slates);
  }

  async set(
    user: User,
    regionId: string,
    changes: ProjectionAssumptionsInput,
  ): Promise<ProjectionAssumptionsModel> {
    assertCanReachRegion(user, regionId);
    const assumptions: ProjectionAssumptions = {
      turnout: changes.turnout,
      pledgeReliability: changes.pledgeReliability,
      leaningReliability: changes.leaningReliability,
      variation: changes.variation,
      slates: changes.slates.map(({ slateId, share, loyalty }) => ({ slateId, share, loyalty })),
    };
    const { input, slates } = await this.loader.load(regionId, 1, assumptions);
    const known = new Set(slates.map((slate) => slate.id));
    const stranger = assumptions.slates.find((slate) => !known.has(slate.slateId));
    if (stranger)
      throw AppException.badInput(
        'input.slates',
        `input.slates: ${stranger.slateId} is not a slate of this region's election`,
      );
    assertProjectable(input, { fieldPrefix: 'input.', assumptionsOnly: true });
    await this.dataSource
      .getRepository(Region)
      .update(regionId, { projectionAssumptions: assumptions });
    return presentAssumptions(assumptions, slates);
  }
}
