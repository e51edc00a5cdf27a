import type { Readable } from 'node:stream';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ColumnMapping, ImportStatus, resolveHeader } from '@phonebank/domain';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';

import { AuditAction } from '../../audit/audit-action';
import { AuditService } from '../../audit/audit.service';
import { AppException } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import type { User } from '../../users/user.entity';
import { CsvSniffer, NotCsvError } from '../csv-sniff';
import { ImportRefusal } from '../import-refusal';
import { MemberImport } from '../member-import.entity';
import { MemberImportChunk } from '../member-import-chunk.entity';
import { IMPORT_QUEUE, type ImportJobData } from './import-job.service';
import { JobsService } from '../../jobs/jobs.service';

const CHUNK_BYTES = 1024 * 1024;

export interface UploadRequest {
  user: User;
  electionId: string;
  fileName: string | null;
  /** Read once the file has arrived: a multipart form may send its mapping field late. */
  mapping: () => ColumnMapping;
  body: Readable;
  /** A preview: the job counts what the file would change and writes nothing to members. */
  dryRun: boolean;
  /** A blank cell clears the stored value instead of keeping it. */
  blankCellsClear: boolean;
}

/**
 * Takes an uploaded member file: its bytes go into member_import_chunk as they arrive, in
 * one transaction that commits only when the whole file is a CSV within the limit whose
 * header names a membership number. Then the import job is queued.
 */
@Injectable()
export class ImportUploadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  get maxBytes(): number {
    return this.config.importMaxBytes;
  }

  async accept(upload: UploadRequest): Promise<MemberImport> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let committed: MemberImport;
    try {
      await runner.startTransaction();
      const manager = runner.manager;
      const memberImport = await manager.save(
        manager.create(MemberImport, {
          electionId: upload.electionId,
          createdById: upload.user.id,
          status: ImportStatus.QUEUED,
          fileName: upload.fileName?.slice(0, 255) ?? null,
          dryRun: upload.dryRun,
          blankCellsClear: upload.blankCellsClear,
        }),
      );
      const sniffer = new CsvSniffer();
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let seq = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        const data = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        await manager.insert(MemberImportChunk, { importId: memberImport.id, seq, data });
        seq += 1;
      };
      for await (const chunk of upload.body as AsyncIterable<Buffer>) {
        if (sniffer.bytes + chunk.length > this.maxBytes) {
          throw new ImportRefusal(
            413,
            'FILE_TOO_LARGE',
            `The file is larger than the limit of ${formatBytes(this.maxBytes)}.`,
          );
        }
        try {
          sniffer.push(chunk);
        } catch (error) {
          throw notCsv(error);
        }
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      let sniffed: ReturnType<CsvSniffer['finish']>;
      try {
        sniffed = sniffer.finish();
      } catch (error) {
        throw notCsv(error);
      }
      const headers = parseHeader(sniffed.header, sniffed.delimiter);
      const mapping = upload.mapping();
      const resolved = resolveHeader(headers, mapping);
      if (!resolved.ok) {
        throw new ImportRefusal(400, 'BAD_HEADER', `${capitalise(resolved.problems.join('; '))}.`);
      }
      await manager.update(MemberImport, memberImport.id, {
        byteSize: String(sniffer.bytes),
        encoding: sniffed.encoding,
        header: headers,
        columnMapping: mapping as Record<string, string>,
      });
      await this.audit.record(
        {
          user: upload.user,
          action: AuditAction.IMPORT_MEMBERS,
          subjectType: 'MemberImport',
          subjectId: memberImport.id,
          details: {
            electionId: upload.electionId,
            fileName: upload.fileName,
            bytes: sniffer.bytes,
            dryRun: upload.dryRun,
            blankCellsClear: upload.blankCellsClear,
          },
        },
        manager,
      );
      await runner.commitTransaction();
      committed = memberImport;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    await this.queue(committed.id, committed.id);
    return committed;
  }

  /**
   * Imports a file its preview has shown: the stored file runs again, for real. Refused
   * unless the import is a finished preview (so one preview is confirmed once).
   */
  async confirm(user: User, memberImport: MemberImport): Promise<MemberImport> {
    // TypeORM answers an UPDATE with [rows, count].
    const [, confirmed]: [unknown, number] = await this.dataSource.query(
      `UPDATE member_import SET dry_run = false, status = 'QUEUED', started_at = NULL, read_at = NULL,
         finished_at = NULL
       WHERE id = $1 AND dry_run AND status = 'SUCCEEDED'
         AND EXISTS (SELECT 1 FROM member_import_chunk WHERE import_id = $1)
       RETURNING id`,
      [memberImport.id],
    );
    if (confirmed === 0)
      throw AppException.conflict(
        'id',
        'This import is not a preview waiting to be confirmed: upload the file again.',
      );
    await this.audit.record({
      user,
      action: AuditAction.IMPORT_MEMBERS,
      subjectType: 'MemberImport',
      subjectId: memberImport.id,
      details: { electionId: memberImport.electionId, confirmedPreview: true },
    });
    // Its own key: the preview's job, finished, keeps the import's id as its key.
    await this.queue(memberImport.id, `${memberImport.id}:confirmed`);
    return this.dataSource.getRepository(MemberImport).findOneByOrFail({ id: memberImport.id });
  }

  private async queue(importId: string, singletonKey: string): Promise<void> {
    await this.jobs.send<ImportJobData>(IMPORT_QUEUE, { importId }, { singletonKey });
  }
}

function notCsv(error: unknown): unknown {
  if (!(error instanceof NotCsvError)) return error;
  return new ImportRefusal(415, 'NOT_CSV', `This is not a CSV file: ${error.message}.`);
}

function parseHeader(line: string, delimiter: string): string[] {
  try {
    const [headers] = parse(line, { delimiter, relax_quotes: true, bom: true }) as string[][];
    return headers ?? [];
  } catch {
    throw new ImportRefusal(
      415,
      'NOT_CSV',
      'This is not a CSV file: its header line cannot be read.',
    );
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
