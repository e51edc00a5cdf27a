import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Role } from '@phonebank/domain';
import { And, type FindOptionsWhere, In, LessThan, MoreThanOrEqual, Repository } from 'typeorm';

import { Roles } from '../auth/decorators/access.decorators';
import { Region } from '../elections/region.entity';
import type { AuditAction } from './audit-action';
import { AuditLog } from './audit-log.entity';
import { AuditEntryModel, AuditLogArgs, AuditPage } from './audit.models';

/** Reading the audit log: admins only, newest first. */
@Roles(Role.ADMIN)
@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    @InjectRepository(AuditLog) private readonly log: Repository<AuditLog>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
  ) {}

  @Query(() => AuditPage, { description: 'The audit log, newest first (limit 1–200).' })
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditPage> {
    const filter = args.filter ?? {};
    const offset = args.offset ?? 0;
    const limit = args.limit ?? 50;
    const where: FindOptionsWhere<AuditLog> = {};
    if (filter.userId) where.userId = filter.userId;
    if (filter.action) where.action = filter.action;
    if (filter.from && filter.to) where.at = And(MoreThanOrEqual(filter.from), LessThan(filter.to));
    else if (filter.from) where.at = MoreThanOrEqual(filter.from);
    else if (filter.to) where.at = LessThan(filter.to);
    const [rows, total] = await this.log.findAndCount({
      where,
      relations: { user: { regions: true } },
      order: { at: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    const regionIds = [...new Set(rows.flatMap((row) => (row.regionId ? [row.regionId] : [])))];
    const regions = new Map(
      (regionIds.length
        ? await this.regions.find({
            where: { id: In(regionIds) },
            relations: { candidates: { slate: true } },
          })
        : []
      ).map((region) => [region.id, region]),
    );
    const items = rows.map((row): AuditEntryModel => ({
      id: row.id,
      at: row.at,
      user: row.user,
      action: row.action as AuditAction,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      region: row.regionId ? (regions.get(row.regionId) ?? null) : null,
      details: JSON.stringify(row.details ?? {}),
    }));
    return { items, total, offset, limit };
  }
}
