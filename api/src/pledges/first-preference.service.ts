import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FirstPreferenceTarget, recommendFirstPreference } from '@phonebank/domain';
import { DataSource } from 'typeorm';

import { assertCanReachRegion } from '../auth/region-access';
import { AppException } from '../common/errors/app.exception';
import { Candidate } from '../elections/candidate.entity';
import { Region } from '../elections/region.entity';
import type { User } from '../users/user.entity';
import type {
  FirstPreferenceTargetInput,
  FirstPreferenceTargetModel,
} from './first-preference.models';

/**
 * Latest pledges of supporters (pledged or leaning) in a region, by the candidate ranked
 * first: read from the tallies the pledge triggers keep, so asking costs the same at any
 * number of pledges.
 */
const FIRST_PREFERENCES_SQL = `
SELECT candidate_id, sum(count)::int AS count
  FROM candidate_tally
 WHERE region_id = $1 AND measure IN ('FIRST_PREFERENCE', 'LEANING_FIRST_PREFERENCE')
 GROUP BY candidate_id`;

/**
 * Vote management: the first-preference split a coordinator wants among our candidates in a
 * region, and which candidate the next supporter should be asked to put first.
 */
@Injectable()
export class FirstPreferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private ourCandidates(regionId: string): Promise<Candidate[]> {
    return this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('candidate')
      .innerJoinAndSelect('candidate.slate', 'slate', 'slate.ours')
      .where('candidate.region_id = :regionId', { regionId })
      .orderBy('candidate.name')
      .getMany();
  }

  private async firstPreferences(regionId: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ candidate_id: string; count: number }[]>(
      FIRST_PREFERENCES_SQL,
      [regionId],
    );
    return new Map(rows.map((row) => [row.candidate_id, row.count]));
  }

  private static weights(region: Region, candidates: Candidate[]): FirstPreferenceTarget[] {
    const stored = new Map(region.firstPreferenceTargets.map((t) => [t.candidateId, t.weight]));
    return candidates.map((candidate) => ({
      candidateId: candidate.id,
      weight: stored.get(candidate.id) ?? 1,
    }));
  }

  /** The region with its stored split: a region read with the session's user lacks it. */
  private async withTargets(region: Region): Promise<Region> {
    if (region.firstPreferenceTargets !== undefined) return region;
    return this.dataSource.getRepository(Region).findOneOrFail({ where: { id: region.id } });
  }

  async targets(given: Region): Promise<FirstPreferenceTargetModel[]> {
    const [region, candidates, counts] = await Promise.all([
      this.withTargets(given),
      this.ourCandidates(given.id),
      this.firstPreferences(given.id),
    ]);
    const weights = FirstPreferenceService.weights(region, candidates);
    const total = weights.reduce((sum, target) => sum + target.weight, 0);
    return candidates.map((candidate, index) => ({
      candidate,
      weight: weights[index].weight,
      share: total > 0 ? weights[index].weight / total : 0,
      firstPreferences: counts.get(candidate.id) ?? 0,
    }));
  }

  /**
   * The candidate of ours the next supporter in the region should put first, if any. The
   * region comes with the claimed member, so this is two queries side by side.
   */
  async recommendation(region: Region | null): Promise<Candidate | null> {
    if (!region) return null;
    const [candidates, counts] = await Promise.all([
      this.ourCandidates(region.id),
      this.firstPreferences(region.id),
    ]);
    const id = recommendFirstPreference(FirstPreferenceService.weights(region, candidates), counts);
    return candidates.find((candidate) => candidate.id === id) ?? null;
  }

  /** Replaces the region's split; candidates of ours left out weigh 1. */
  async setTargets(
    user: User,
    regionId: string,
    targets: FirstPreferenceTargetInput[],
  ): Promise<Region> {
    const region = await this.dataSource.getRepository(Region).findOne({ where: { id: regionId } });
    if (!region) throw AppException.notFound('Region', regionId);
    assertCanReachRegion(user, region.id);
    const ours = new Set((await this.ourCandidates(region.id)).map((candidate) => candidate.id));
    const seen = new Set<string>();
    for (const target of targets) {
      if (!ours.has(target.candidateId))
        throw AppException.badInput(
          'targets',
          `targets: candidate ${target.candidateId} is not one of our slate's candidates in ${region.code}.`,
        );
      if (seen.has(target.candidateId))
        throw AppException.badInput('targets', 'targets: each candidate may appear once.');
      seen.add(target.candidateId);
    }
    const weights = [...ours].map((id) => targets.find((t) => t.candidateId === id)?.weight ?? 1);
    if (ours.size > 0 && weights.every((weight) => weight === 0))
      throw AppException.badInput(
        'targets',
        'targets: at least one candidate needs a weight above 0.',
      );
    region.firstPreferenceTargets = targets.map(({ candidateId, weight }) => ({
      candidateId,
      weight,
    }));
    await this.dataSource.getRepository(Region).update(region.id, {
      firstPreferenceTargets: region.firstPreferenceTargets,
    });
    return region;
  }
}
