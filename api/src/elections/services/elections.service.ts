import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkName } from '@phonebank/domain';
import { Repository, type SelectQueryBuilder } from 'typeorm';

import { regionScope } from '../../auth/region-access';
import { SessionCache } from '../../auth/session-cache';
import { AppException, assertValid } from '../../common/errors/app.exception';
import type { User } from '../../users/user.entity';
import type { CreateElectionInput, UpdateElectionInput } from '../dtos/election.inputs';
import { Election } from '../election.entity';

@Injectable()
export class ElectionsService {
  constructor(
    @InjectRepository(Election) private readonly elections: Repository<Election>,
    private readonly sessionCache: SessionCache,
  ) {}

  /** Elections with the regions the user reaches, their candidates, and the slates; newest first. */
  private visibleTo(user: User): SelectQueryBuilder<Election> | undefined {
    const scope = regionScope(user);
    if (!scope.all && scope.regionIds.length === 0) return undefined;
    const query = this.elections.createQueryBuilder('election');
    if (scope.all) {
      query.leftJoinAndSelect('election.regions', 'region');
    } else {
      query
        .leftJoinAndSelect('election.regions', 'region', 'region.id IN (:...regionIds)', {
          regionIds: scope.regionIds,
        })
        .where('election.id IN (SELECT election_id FROM region WHERE id IN (:...regionIds))');
    }
    return query
      .leftJoinAndSelect('region.candidates', 'candidate')
      .leftJoinAndSelect('candidate.slate', 'candidateSlate')
      .leftJoinAndSelect('election.slates', 'slate')
      .orderBy('election.created_at', 'DESC')
      .addOrderBy('region.code', 'ASC')
      .addOrderBy('candidate.name', 'ASC')
      .addOrderBy('slate.name', 'ASC');
  }

  async listFor(user: User): Promise<Election[]> {
    return (await this.visibleTo(user)?.getMany()) ?? [];
  }

  async findFor(user: User, id: string): Promise<Election | null> {
    return (await this.visibleTo(user)?.andWhere('election.id = :id', { id }).getOne()) ?? null;
  }

  async get(id: string): Promise<Election> {
    const election = await this.elections.findOneBy({ id });
    if (!election) throw AppException.notFound('Election', id);
    return election;
  }

  /** The election an input refers to; a missing one is the input's fault, so it names the field. */
  async getReferenced(id: string): Promise<Election> {
    const election = await this.elections.findOneBy({ id });
    if (!election) throw AppException.badInput('electionId', `election ${id} does not exist.`);
    return election;
  }

  async create(input: CreateElectionInput): Promise<Election> {
    assertValid(checkName('name', input.name));
    const election = await this.elections.save(
      this.elections.create({ name: input.name.trim(), rule: input.rule }),
    );
    return Object.assign(election, { regions: [], slates: [] });
  }

  async update(input: UpdateElectionInput, user: User): Promise<Election> {
    const election = await this.get(input.id);
    if (input.name !== undefined) assertValid(checkName('name', input.name));
    await this.elections.update(election.id, {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.rule !== undefined && { rule: input.rule }),
      ...(input.pollingDay !== undefined && { pollingDay: input.pollingDay }),
      ...(input.retentionDays !== undefined &&
        input.retentionDays !== null && { retentionDays: input.retentionDays }),
    });
    return (await this.findFor(user, election.id)) as Election;
  }

  async remove(id: string): Promise<string> {
    const election = await this.get(id);
    await this.elections.delete(election.id);
    // Its regions went with it, and signed-in users carry theirs (as RegionsService.remove).
    this.sessionCache.forget('*');
    return id;
  }
}
