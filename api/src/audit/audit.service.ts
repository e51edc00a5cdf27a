import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';

import type { User } from '../users/user.entity';
import type { AuditAction } from './audit-action';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  user: Pick<User, 'id'> | null;
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  regionId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes the audit log. Pass the transaction's manager so the entry stands or falls with the act. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditLog) : this.log;
    await repository.insert({
      userId: entry.user?.id ?? null,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      regionId: entry.regionId ?? null,
      details: (entry.details ?? {}) as AuditLog['details'] & object,
    });
  }
}
