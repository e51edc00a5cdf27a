import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkName, checkTags, normaliseTag } from '@phonebank/domain';
import { Repository } from 'typeorm';

import { AppException, assertValid } from '../../common/errors/app.exception';
import { Candidate } from '../candidate.entity';
import type { CreateCandidateInput, UpdateCandidateInput } from '../dtos/candidate.inputs';
import type { Region } from '../region.entity';
import { RegionsService } from './regions.service';
import { SlatesService } from './slates.service';

const normaliseTags = (tags: string[]) => [...new Set(tags.map(normaliseTag))];

@Injectable()
export class CandidatesService {
  constructor(
    @InjectRepository(Candidate) private readonly candidates: Repository<Candidate>,
    private readonly regions: RegionsService,
    private readonly slates: SlatesService,
  ) {}

  async get(id: string): Promise<Candidate> {
    const candidate = await this.candidates.findOne({
      where: { id },
      relations: { slate: true, region: true },
    });
    if (!candidate) throw AppException.notFound('Candidate', id);
    return candidate;
  }

  /** A candidate's slate must stand in the election of the candidate's region. */
  private async checkSlate(region: Region, slateId: string): Promise<void> {
    const slate = await this.slates.get(slateId).catch(() => undefined);
    if (!slate) throw AppException.badInput('slateId', `slate ${slateId} does not exist.`);
    if (slate.electionId !== region.electionId) {
      throw AppException.badInput(
        'slateId',
        `slate '${slate.name}' belongs to another election than region ${region.code}.`,
      );
    }
  }

  private async region(field: string, regionId: string): Promise<Region> {
    const region = await this.regions.get(regionId).catch(() => undefined);
    if (!region) throw AppException.badInput(field, `region ${regionId} does not exist.`);
    return region;
  }

  async create(input: CreateCandidateInput): Promise<Candidate> {
    const region = await this.region('regionId', input.regionId);
    assertValid([...checkName('name', input.name), ...checkTags(input.tags ?? [])]);
    if (input.slateId) await this.checkSlate(region, input.slateId);
    const saved = await this.candidates.save(
      this.candidates.create({
        regionId: region.id,
        name: input.name.trim(),
        slateId: input.slateId ?? null,
        tags: normaliseTags(input.tags ?? []),
        pitch: input.pitch?.trim() || null,
      }),
    );
    return this.get(saved.id);
  }

  async update(input: UpdateCandidateInput): Promise<Candidate> {
    const candidate = await this.get(input.id);
    if (input.slateId !== undefined && input.clearSlate) {
      throw AppException.badInput('clearSlate', 'give either slateId or clearSlate, not both.');
    }
    const region = input.regionId
      ? await this.region('regionId', input.regionId)
      : candidate.region;
    if (region.electionId !== candidate.region.electionId) {
      throw AppException.badInput(
        'regionId',
        `region ${region.code} belongs to another election; a candidate stays in one election.`,
      );
    }
    assertValid([
      ...(input.name !== undefined ? checkName('name', input.name) : []),
      ...checkTags(input.tags ?? []),
    ]);
    const slateId = input.clearSlate ? null : (input.slateId ?? candidate.slateId);
    if (slateId) await this.checkSlate(region, slateId);
    await this.candidates.update(candidate.id, {
      regionId: region.id,
      slateId,
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.tags !== undefined && { tags: normaliseTags(input.tags) }),
      ...(input.pitch !== undefined && { pitch: input.pitch.trim() || null }),
    });
    return this.get(candidate.id);
  }

  async remove(id: string): Promise<string> {
    const candidate = await this.get(id);
    await this.candidates.delete(candidate.id);
    return id;
  }
}
