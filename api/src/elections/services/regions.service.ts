import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  checkMinima,
  checkName,
  checkRegionCode,
  checkSeats,
  normaliseRegionCode,
  normaliseTag,
  type ReservedMinimum,
} from '@phonebank/domain';
import { Repository } from 'typeorm';

import { SessionCache } from '../../auth/session-cache';
import { AppException, assertValid } from '../../common/errors/app.exception';
import type { CreateRegionInput, UpdateRegionInput } from '../dtos/region.inputs';
import { Candidate } from '../candidate.entity';
import { Region } from '../region.entity';
import { ElectionsService } from './elections.service';

const normaliseMinima = (minima: ReservedMinimum[]) =>
  minima.map(({ tag, count }) => ({ tag: normaliseTag(tag), count }));

@Injectable()
export class RegionsService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    private readonly elections: ElectionsService,
    private readonly sessionCache: SessionCache,
  ) {}

  candidatesOf(regionId: string): Promise<Candidate[]> {
    return this.regions.manager.getRepository(Candidate).find({
      where: { regionId },
      relations: { slate: true },
      order: { name: 'ASC' },
    });
  }

  async get(id: string): Promise<Region> {
    const region = await this.regions.findOne({
      where: { id },
      relations: { candidates: { slate: true } },
      order: { candidates: { name: 'ASC' } },
    });
    if (!region) throw AppException.notFound('Region', id);
    return region;
  }

  private static check(fields: {
    code: string;
    name: string;
    seats: number;
    minima: ReservedMinimum[];
  }): void {
    assertValid([
      ...checkRegionCode(fields.code),
      ...checkName('name', fields.name),
      ...checkSeats(fields.seats),
      ...checkMinima(fields.seats, fields.minima),
    ]);
  }

  async create(input: CreateRegionInput): Promise<Region> {
    const election = await this.elections.getReferenced(input.electionId);
    const minima = normaliseMinima(input.minima ?? []);
    RegionsService.check({ ...input, minima });
    const region = await this.regions.save(
      this.regions.create({
        electionId: election.id,
        code: normaliseRegionCode(input.code),
        name: input.name.trim(),
        seats: input.seats,
        minima,
      }),
    );
    return Object.assign(region, { candidates: [] });
  }

  async update(input: UpdateRegionInput): Promise<Region> {
    const region = await this.get(input.id);
    const next = {
      code: input.code ?? region.code,
      name: input.name ?? region.name,
      seats: input.seats ?? region.seats,
      minima: input.minima ? normaliseMinima(input.minima) : region.minima,
    };
    RegionsService.check(next);
    await this.regions.update(region.id, {
      code: normaliseRegionCode(next.code),
      name: next.name.trim(),
      seats: next.seats,
      minima: next.minima,
    });
    // Signed-in users carry their regions' code, name, seats and minima, all this may change:
    // every process hears of it from the database (RegionSignInChangedOnlyWhenCarried); this
    // one must not wait to.
    this.sessionCache.forget('*');
    return this.get(region.id);
  }

  async remove(id: string): Promise<string> {
    const region = await this.get(id);
    await this.regions.delete(region.id);
    this.sessionCache.forget('*');
    return id;
  }
}
