import { once } from 'node:events';

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ColumnMapping, ImportStatus, resolveHeader } from '@phonebank/domain';
import { parse } from 'csv-parse';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';

import { regionScope } from '../../auth/region-access';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { type JobContext, JobsService } from '../../jobs/jobs.service';
import { User } from '../../users/user.entity';
import { detectDelimiter } from '../csv-sniff';
import { ImportFailure, isTransientFailure } from '../import-failure';
import {
  describeUnreadable,
  memberFileParserOptions,
  tooManyColumns,
} from '../member-file-reading';
import {
  type ImportFieldChange,
  type ImportRejectionCount,
  MemberImport,
} from '../member-import.entity';
import { rejectedRow, type RowContext, stageRow } from '../member-rows';
import { REJECTION_REASONS } from '../rejection-reasons';
import { type MergeTotals, MemberImportMerge } from './member-import-merge';

export const IMPORT_QUEUE = 'member-import';

export interface ImportJobData {
  importId: string;
}

const PROGRESS_EVERY = 10_000;

interface Counts {
  total: number;
  rejected: number;
}

/**
 * The import job: reads the stored file, checks each row, and hands the rows (valid or not)
 * to the merge in batches (MemberImportMerge: duplicates, erased members, the error list and
 * the upsert, set-wise). All of it in one transaction, so a retry after a crash starts over
 * from a clean slate.
 */
@Injectable()
export class ImportJobService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // An import of a million rows takes well under a minute: a try still running after
    // 30 minutes is dead (its process gone) and is tried again from the start.
    await this.jobs.queue(IMPORT_QUEUE, { retryLimit: 3, expireInSeconds: 30 * 60 });
    await this.jobs.work<ImportJobData>(IMPORT_QUEUE, (data, job) => this.run(data.importId, job));
  }

  async run(importId: string, job: JobContext): Promise<void> {
    const repository = this.dataSource.getRepository(MemberImport);
    const memberImport = await repository.findOneBy({ id: importId });
    if (!memberImport || memberImport.status === ImportStatus.SUCCEEDED) return;
    if (memberImport.status === ImportStatus.FAILED) return;
    await repository.update(importId, {
      status: ImportStatus.RUNNING,
      startedAt: new Date(),
      readAt: null,
      finishedAt: null,
      failureMessage: null,
      rowsTotal: 0,
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: 0,
      duplicatePhones: 0,
      rowsWithoutPhone: 0,
      rejectionReasons: [],
    });
    const started = Date.now();
    try {
      await this.importFile(memberImport);
      this.logger.log(`Import ${importId} finished in ${Date.now() - started} ms.`);
    } catch (error) {
      // A failure that would happen again (the file, a limit, a bug) is final at once;
      // only the database being away is worth pg-boss's next try.
      const final = !isTransientFailure(error) || job.retryCount >= job.retryLimit;
      this.logger.error(
        { err: error, importId, retryCount: job.retryCount },
        `Import ${importId} failed${final ? '' : '; it will be tried again'}.`,
      );
      if (!final) throw error;
      await repository.update(importId, {
        status: ImportStatus.FAILED,
        finishedAt: new Date(),
        failureMessage:
          error instanceof ImportFailure
            ? error.message
            : 'The import failed on the server; the file was not imported. Try again, or tell an admin.',
      });
      await this.dataSource.query('DELETE FROM member_import_chunk WHERE import_id = $1', [
        importId,
      ]);
    }
  }

  private async rowContext(memberImport: MemberImport): Promise<Omit<RowContext, 'columns'>> {
    const regions: { id: string; code: string }[] = await this.dataSource.query(
      'SELECT id, code FROM region WHERE election_id = $1',
      [memberImport.electionId],
    );
    const areas: { area: string; region_id: string }[] = await this.dataSource.query(
      'SELECT area, region_id FROM region_postcode_area WHERE election_id = $1',
      [memberImport.electionId],
    );
    let allowedRegionIds: Set<string> | undefined;
    const creator = memberImport.createdById
      ? await this.dataSource
          .getRepository(User)
          .findOne({ where: { id: memberImport.createdById }, relations: { regions: true } })
      : null;
    if (!creator) throw new ImportFailure('The user who started this import no longer exists.');
    const scope = regionScope(creator);
    if (!scope.all) allowedRegionIds = new Set(scope.regionIds);
    return {
      regionsByCode: new Map(regions.map((region) => [region.code.toUpperCase(), region.id])),
      regionsByArea: new Map(areas.map((area) => [area.area, area.region_id])),
      codesById: new Map(regions.map((region) => [region.id, region.code])),
      allowedRegionIds,
    };
  }

  /** The stored file, decoded, as it was uploaded: one chunk in memory at a time. */
  private async *text(memberImport: MemberImport): AsyncGenerator<string> {
    const decoder = new TextDecoder(memberImport.encoding);
    for (let seq = 0; ; seq += 1) {
      const rows: { data: Buffer }[] = await this.dataSource.query(
        'SELECT data FROM member_import_chunk WHERE import_id = $1 AND seq = $2',
        [memberImport.id, seq],
      );
      if (rows.length === 0) break;
      yield decoder.decode(rows[0].data, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  }

  private async importFile(memberImport: MemberImport): Promise<void> {
    const context = await this.rowContext(memberImport);
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await runner.startTransaction();
      await client.query("SET LOCAL work_mem = '64MB'");
      await client.query('DELETE FROM member_import_error WHERE import_id = $1', [memberImport.id]);
      const started = Date.now();
      const { counts, merge } = await this.readAndMerge(memberImport, context, client);
      const read = Date.now();
      const duplicatePhones = await merge.finish();
      await this.succeeded(memberImport, client, counts, merge.totals, duplicatePhones);
      await runner.commitTransaction();
      this.logger.log(
        `Import ${memberImport.id}: ${counts.total} rows read, checked and merged as they came in ${read - started} ms (${merge.waitedMs} ms of it waiting for the database); the last batch and the counts took ${Date.now() - read} ms more.`,
      );
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Parses the file and checks each row, handing the rows to the merge a batch at a time:
   * PostgreSQL merges one batch while this process reads the next.
   */
  private async readAndMerge(
    memberImport: MemberImport,
    base: Omit<RowContext, 'columns'>,
    client: PoolClient,
  ): Promise<{ counts: Counts; merge: MemberImportMerge }> {
    const counts: Counts = { total: 0, rejected: 0 };
    const skipped: string[] = [];
    let brokenFile: string | undefined;
    const delimiter = await this.delimiter(memberImport);
    const parser = parse(
      memberFileParserOptions(delimiter, (error, line) => {
        const unreadable = describeUnreadable(error, line);
        if (unreadable.scope === 'file') brokenFile ??= unreadable.message;
        else skipped.push(rejectedRow(line, 'UNREADABLE', unreadable.reason));
      }),
    );
    const feed = (async () => {
      for await (const text of this.text(memberImport)) {
        if (!parser.write(text as string)) await once(parser, 'drain');
      }
      parser.end();
    })();
    feed.catch((error: unknown) => parser.destroy(error as Error));

    let merge: MemberImportMerge | undefined;
    let context: RowContext | undefined;
    let headerLength = 0;
    /** Rows the parser skipped as broken CSV, each a line for the error report. */
    const takeSkipped = async (into: MemberImportMerge) => {
      counts.total += skipped.length;
      counts.rejected += skipped.length;
      for (const line of skipped) await into.add(line);
      skipped.length = 0;
    };
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!merge || !context) {
        const resolved = resolveHeader(record, memberImport.columnMapping as ColumnMapping);
        if (!resolved.ok) throw new ImportFailure(resolved.problems.join('; '));
        context = { ...base, columns: resolved.columns };
        headerLength = record.length;
        merge = await MemberImportMerge.start(
          client,
          memberImport.id,
          memberImport.electionId,
          context.columns,
          record.length,
          this.config.importBatchRows,
          { blankCellsClear: memberImport.blankCellsClear, dryRun: memberImport.dryRun },
        );
        continue;
      }
      const overflow = tooManyColumns(record, headerLength);
      const staged =
        overflow === undefined
          ? stageRow(context, info.lines, record)
          : rejectedRow(info.lines, 'COLUMNS', overflow, record);
      counts.total += 1;
      if (!staged.endsWith('\\N\t\\N\n')) counts.rejected += 1;
      const full = merge.add(staged);
      if (full) await full;
      if (skipped.length > 0) await takeSkipped(merge);
      if (counts.total % PROGRESS_EVERY === 0) await this.progress(memberImport.id, counts);
    }
    await feed;
    if (brokenFile) throw new ImportFailure(brokenFile);
    if (!merge) throw new ImportFailure('The file has no header line.');
    await takeSkipped(merge);
    await this.progress(memberImport.id, counts, true);
    return { counts, merge };
  }

  /**
   * Rows read so far, for the import's progress bar; with `read`, every row (the screen then
   * says the import is finishing). Outside the import's transaction, so others see it now.
   */
  private async progress(importId: string, counts: Counts, read = false): Promise<void> {
    await this.dataSource.query(
      `UPDATE member_import SET rows_total = $2, rows_rejected = $3,
         read_at = CASE WHEN $4 THEN clock_timestamp() ELSE read_at END
       WHERE id = $1`,
      [importId, counts.total, counts.rejected, read],
    );
  }

  /** The delimiter the file's header line uses (the upload made sure there is one). */
  private async delimiter(memberImport: MemberImport): Promise<string> {
    const rows: { data: Buffer }[] = await this.dataSource.query(
      'SELECT substring(data FROM 1 FOR 65536) AS data FROM member_import_chunk WHERE import_id = $1 AND seq = 0',
      [memberImport.id],
    );
    const text = rows.length ? new TextDecoder(memberImport.encoding).decode(rows[0].data) : '';
    const delimiter = detectDelimiter(text.split('\n', 1)[0].replace(/^\uFEFF/, ''));
    if (!delimiter) throw new ImportFailure('The file has no header line.');
    return delimiter;
  }

  /** The counts; the stored file is no longer needed, unless this was a preview of it. */
  private async succeeded(
    memberImport: MemberImport,
    client: PoolClient,
    counts: Counts,
    totals: MergeTotals,
    duplicatePhones: number,
  ): Promise<void> {
    const { valid, inserted, updated } = totals;
    const rejectionReasons: ImportRejectionCount[] = [...totals.rejections]
      .filter(([, rows]) => rows > 0)
      .map(([kind, rows]) => ({ kind, reason: REJECTION_REASONS[kind], rows }))
      .sort((a, b) => b.rows - a.rows || a.kind.localeCompare(b.kind));
    // What a real run did is in its counts; the field by field changes are a preview's.
    const fieldChanges: ImportFieldChange[] | null = memberImport.dryRun
      ? [...totals.fieldChanges]
          .filter(([, change]) => change.changed > 0)
          .map(([field, change]) => ({ field, ...change }))
      : null;
    await client.query(
      `UPDATE member_import SET status = 'SUCCEEDED', finished_at = clock_timestamp(), rows_total = $2,
         rows_inserted = $3, rows_updated = $4, rows_unchanged = $5, rows_rejected = $6,
         duplicate_phones = $7, rows_without_phone = $8, rejection_reasons = $9,
         field_changes = coalesce($10, field_changes)
       WHERE id = $1`,
      [
        memberImport.id,
        counts.total,
        inserted,
        updated,
        valid - inserted - updated,
        counts.total - valid,
        duplicatePhones,
        totals.withoutPhone,
        JSON.stringify(rejectionReasons),
        fieldChanges && JSON.stringify(fieldChanges),
      ],
    );
    if (!memberImport.dryRun)
      await client.query('DELETE FROM member_import_chunk WHERE import_id = $1', [memberImport.id]);
  }
}
