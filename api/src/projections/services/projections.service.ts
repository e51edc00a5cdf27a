import { Injectable } from '@nestjs/common';

import { assertCanReachRegion } from '../../auth/region-access';
import type { User } from '../../users/user.entity';
import type { Projection } from '../models/projection.model';
import { presentProjection } from '../projection-presenter';
import { assertProjectable, assertSimulations, QUERY_SIMULATIONS } from './projection-checks';
import { ProjectionInputLoader } from './projection-input.loader';
import { ProjectionRunner } from './projection-runner';

/** A projection counted while the client waits: for up to a couple of thousand simulations. */
@Injectable()
export class ProjectionsService {
  constructor(
    private readonly loader: ProjectionInputLoader,
    private readonly runner: ProjectionRunner,
  ) {}

  async project(
    user: User,
    regionId: string,
    turnout: number | null | undefined,
    simulations: number,
  ): Promise<Projection> {
    assertCanReachRegion(user, regionId);
    assertSimulations(
      simulations,
      QUERY_SIMULATIONS.max,
      '; for more, start a projection run (startProjection)',
    );
    const subject = await this.loader.load(regionId, simulations);
    const assumptions =
      turnout === null || turnout === undefined
        ? subject.input.assumptions
        : { ...subject.input.assumptions, turnout };
    const input = { ...subject.input, assumptions };
    assertProjectable(input);
    const result = await this.runner.run(input);
    return presentProjection(subject, result, assumptions);
  }
}
