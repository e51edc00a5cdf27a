import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CountingRule, PledgeStatus } from '@phonebank/domain';
import {
  type PledgeGroup,
  type ProjectionAssumptions,
  type ProjectionInput,
} from '@phonebank/projection';
import type { RuleName } from '@phonebank/stv';
import { DataSource } from 'typeorm';

import { Candidate } from '../../elections/candidate.entity';
import { Election } from '../../elections/election.entity';
import type { Region } from '../../elections/region.entity';
import { RegionsService } from '../../elections/services/regions.service';
import { Slate } from '../../elections/slate.entity';
import { regionAssumptions } from '../region-assumptions';

/** Members who may vote and be called: not opted out, not erased. */
const ELECTORATE_SQL = `
SELECT count(*)::int AS electorate
  FROM member
 WHERE region_id = $1 AND NOT do_not_call AND erased_at IS NULL`;

/**
 * Latest pledges of the same members, one group per status and ranking; rankings keep only
 * candidates still standing in the region.
 */
const PLEDGE_GROUPS_SQL = `
SELECT p.status,
       ARRAY(SELECT r.id FROM unnest(p.ranking) WITH ORDINALITY AS r(id, position)
              WHERE r.id IN (SELECT id FROM candidate WHERE region_id = $1)
              ORDER BY r.position) AS ranking,
       count(*)::int AS count
  FROM pledge p
  JOIN member m ON m.id = p.member_id
 WHERE p.region_id = $1 AND p.is_latest
   AND m.region_id = $1 AND NOT m.do_not_call AND m.erased_at IS NULL
 GROUP BY 1, 2`;

/** Who stands in a region: what a projection's result and assumptions are shown with. */
export interface RegionContest {
  region: Region;
  candidates: Candidate[];
  slates: Slate[];
}

/** Everything a projection of one region counts over, read in one place. */
export interface ProjectionSubject extends RegionContest {
  input: ProjectionInput;
}

const RULES: Record<CountingRule, RuleName> = {
  SCOTTISH: 'scottish',
  MEEK: 'meek',
  ERS97: 'ers97',
};

@Injectable()
export class ProjectionInputLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /** The region with its candidates and its election's slates, without counting anything. */
  async contest(regionId: string): Promise<RegionContest> {
    const region = await this.regions.get(regionId);
    const slates = await this.dataSource
      .getRepository(Slate)
      .find({ where: { electionId: region.electionId }, order: { name: 'ASC' } });
    return { region, candidates: region.candidates, slates };
  }

  /** `assumptions` left out: the region's own, or the defaults. */
  async load(
    regionId: string,
    simulations: number,
    assumptions?: ProjectionAssumptions,
  ): Promise<ProjectionSubject> {
    const { region, candidates, slates } = await this.contest(regionId);
    const [election, [{ electorate }], pledgeRows] = await Promise.all([
      this.dataSource.getRepository(Election).findOneByOrFail({ id: region.electionId }),
      this.dataSource.query<{ electorate: number }[]>(ELECTORATE_SQL, [regionId]),
      this.dataSource.query<{ status: PledgeStatus; ranking: string[]; count: number }[]>(
        PLEDGE_GROUPS_SQL,
        [regionId],
      ),
    ]);
    const pledges: PledgeGroup[] = pledgeRows.map((row) => ({
      status: row.status,
      ranking: row.ranking,
      count: row.count,
    }));
    return {
      region,
      candidates,
      slates,
      input: {
        seats: region.seats,
        rule: RULES[election.rule],
        minima: region.minima,
        candidates: candidates.map((candidate) => ({
          id: candidate.id,
          name: candidate.name,
          slateId: candidate.slateId,
          tags: candidate.tags,
        })),
        slates: slates.map((slate) => ({ id: slate.id, name: slate.name, ours: slate.ours })),
        electorate,
        pledges,
        assumptions: assumptions ?? regionAssumptions(region),
        simulations,
        // A fixed seed: the same pledges and assumptions give the same projection, so a
        // dashboard does not flicker between equally likely answers.
        seed: 1,
      },
    };
  }
}
