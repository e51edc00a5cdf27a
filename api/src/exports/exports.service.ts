import { pipeline } from 'node:stream/promises';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';

import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { assertCanReachRegion, regionScope } from '../auth/region-access';
import { copyCsvStatement } from '../common/csv/csv-select';
import { UTF8_BOM } from '../common/csv/spreadsheet-cell';
import type { User } from '../users/user.entity';
import {
  type ExportScope,
  membersExportCount,
  membersExportSelect,
  pledgesExportCount,
  pledgesExportSelect,
} from './export-queries';

export interface ExportRequest {
  electionId?: string;
  regionId?: string;
  /** An IANA zone for the times in the file; Europe/London when not given. */
  timeZone?: string;
}

type ExportKind = 'members' | 'pledges';

const QUERIES = {
  members: { select: membersExportSelect, count: membersExportCount },
  pledges: { select: pledgesExportSelect, count: pledgesExportCount },
} satisfies Record<ExportKind, Record<'select' | 'count', (scope: ExportScope) => string>>;

/**
 * CSV exports streamed straight out of PostgreSQL with COPY … TO STDOUT: memory stays flat at
 * any size and the response's backpressure paces the database. The row count is taken first,
 * in the same snapshot, for the X-Row-Count header (the web client's progress bar).
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger('Exports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private scopeOf(user: User, request: ExportRequest, client: PoolClient): ExportScope {
    const literal = (value: string) => client.escapeLiteral(value);
    const scope: ExportScope = {
      electionId: request.electionId ? literal(request.electionId) : undefined,
      timeZone: request.timeZone ? literal(request.timeZone) : undefined,
    };
    if (request.regionId) {
      assertCanReachRegion(user, request.regionId);
      scope.regionIds = [literal(request.regionId)];
    } else {
      const reach = regionScope(user);
      if (!reach.all) scope.regionIds = reach.regionIds.map(literal);
    }
    return scope;
  }

  async stream(
    kind: ExportKind,
    user: User,
    request: ExportRequest,
    response: Response,
  ): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const scope = this.scopeOf(user, request, client);
      const select = QUERIES[kind].select(scope);
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const {
        rows: [{ rows }],
      } = await client.query<{ rows: number }>(QUERIES[kind].count(scope));
      await this.audit.record({
        user,
        action: kind === 'members' ? AuditAction.EXPORT_MEMBERS : AuditAction.EXPORT_PLEDGES,
        subjectType: 'export',
        subjectId: kind,
        regionId: request.regionId ?? null,
        details: {
          rows,
          electionId: request.electionId ?? null,
          regionId: request.regionId ?? null,
        },
      });
      const date = new Date().toISOString().slice(0, 10);
      response.status(200);
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="${kind}-${date}.csv"`);
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('X-Row-Count', String(rows));
      response.setHeader('Access-Control-Expose-Headers', 'X-Row-Count, Content-Disposition');
      // The byte-order mark is what makes Excel on Windows read the file as UTF-8.
      response.write(UTF8_BOM);
      const copy = client.query(copyTo(copyCsvStatement(select)));
      await pipeline(copy, response);
      await client.query('COMMIT');
    } catch (error) {
      if (!response.headersSent) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      // Headers are gone: the client sees a cut-off download; the connection is discarded.
      broken = error instanceof Error ? error : new Error(String(error));
      this.logger.warn(`The ${kind} export stopped: ${broken.message}`);
      response.destroy();
    } finally {
      client.release(broken);
    }
  }
}
