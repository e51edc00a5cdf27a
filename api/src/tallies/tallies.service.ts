import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { regionScope } from '../auth/region-access';
import { Clock } from '../clock/clock';
import { AppException } from '../common/errors/app.exception';
import { hydrate } from '../database/hydrate';
import { Region } from '../elections/region.entity';
import { RegionsService } from '../elections/services/regions.service';
import { User } from '../users/user.entity';
import {
  type CandidateCountRow,
  type DayActivityRow,
  type RegionCountsRow,
  regionTallyFigures,
  type VolunteerActivity,
} from './region-tally-figures';
import type { RegionTallyModel } from './tallies.models';
import {
  CANDIDATE_COUNTS_SQL,
  DAY_ACTIVITY_SQL,
  REGION_COUNTS_SQL,
  VOLUNTEER_ACTIVITY_SQL,
} from './tally-statements';

/** VOLUNTEER_ACTIVITY_SQL's rows: counts, the volunteer's columns, their regions' ids. */
type VolunteerActivityRow = Omit<VolunteerActivity, 'volunteer'> &
  Record<string, unknown> & { region_ids: string[] };

/**
 * Region tallies, read from the counts the recording triggers keep (migration 1764400700000):
 * a handful of small statements per region, whatever the number of members and calls.
 * Callers decide who may see which region.
 */
@Injectable()
export class TalliesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly clock: Clock,
  ) {}

  /** Region `regionId`'s tally now; NOT_FOUND when there is no such region. */
  async regionTally(regionId: string): Promise<RegionTallyModel> {
    if (!isUUID(regionId)) throw AppException.notFound('Region', regionId);
    const countedAt = this.clock.now();
    const [region, [counts], candidateCounts, days, volunteers] = await Promise.all([
      this.regions.get(regionId),
      this.dataSource.query<RegionCountsRow[]>(REGION_COUNTS_SQL, [regionId]),
      this.dataSource.query<CandidateCountRow[]>(CANDIDATE_COUNTS_SQL, [regionId]),
      this.dataSource.query<DayActivityRow[]>(DAY_ACTIVITY_SQL, [regionId]),
      this.volunteerActivity(regionId),
    ]);
    return regionTallyFigures({ region, counts, candidateCounts, days, volunteers, countedAt });
  }

  private async volunteerActivity(regionId: string): Promise<VolunteerActivity[]> {
    const rows = await this.dataSource.query<VolunteerActivityRow[]>(VOLUNTEER_ACTIVITY_SQL, [
      regionId,
    ]);
    const regionIds = [...new Set(rows.flatMap((row) => row.region_ids))];
    const regions = new Map(
      (regionIds.length
        ? await this.dataSource.getRepository(Region).findBy({ id: In(regionIds) })
        : []
      ).map((region) => [region.id, region]),
    );
    const users = this.dataSource.getMetadata(User);
    return rows.map((row) => ({
      calls: row.calls,
      reached: row.reached,
      pledged: row.pledged,
      last_call_at: row.last_call_at,
      volunteer: Object.assign(hydrate<User>(users, row), {
        regions: row.region_ids
          .flatMap((id) => regions.get(id) ?? [])
          .sort((a, b) => a.code.localeCompare(b.code)),
      }),
    }));
  }

  /**
   * The tallies of the regions `user` reaches in election `electionId` (default: the newest
   * election where they reach a region), in region code order.
   */
  async regionTallies(user: User, electionId?: string | null): Promise<RegionTallyModel[]> {
    if (electionId && !isUUID(electionId)) throw AppException.notFound('Election', electionId);
    const scope = regionScope(user);
    if (!scope.all && scope.regionIds.length === 0) return [];
    const regionIds = scope.all ? null : scope.regionIds;
    if (electionId) {
      const [election] = await this.dataSource.query<unknown[]>(
        'SELECT 1 FROM election WHERE id = $1',
        [electionId],
      );
      if (!election) throw AppException.notFound('Election', electionId);
    }
    const regions = await this.dataSource.query<{ id: string }[]>(
      `SELECT r.id FROM region r
        WHERE r.election_id = COALESCE($1, (SELECT e.id FROM election e
                                              WHERE EXISTS (SELECT 1 FROM region er
                                                             WHERE er.election_id = e.id
                                                               AND ($2::uuid[] IS NULL OR er.id = ANY($2)))
                                              ORDER BY e.created_at DESC LIMIT 1))
          AND ($2::uuid[] IS NULL OR r.id = ANY($2))
        ORDER BY r.code`,
      [electionId ?? null, regionIds],
    );
    return Promise.all(regions.map((region) => this.regionTally(region.id)));
  }
}
