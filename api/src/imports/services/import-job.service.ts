import { once } from 'node:events';
import { finished } from 'node:stream/promises';

import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ColumnMapping,
  ImportStatus,
  type MemberColumnName,
  resolveHeader,
} from '@phonebank/domain';
import { parse } from 'csv-parse';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';

import { regionScope } from '../../auth/region-access';
import { type JobContext, JobsService } from '../../jobs/jobs.service';
import { ERASED_MEMBERSHIP_NUMBER_SQL } from '../../members/erased-membership-number';
import { User } from '../../users/user.entity';
import { detectDelimiter } from '../csv-sniff';
import { MemberImport } from '../member-import.entity';
import { type RowContext, STAGING_COLUMNS, stageRow } from '../member-rows';

export const IMPORT_QUEUE = 'member-import';

export interface ImportJobData {
  importId: string;
}

const PROGRESS_EVERY = 10_000;
const COPY_BATCH_CHARS = 256 * 1024;

/** A problem with the file or its context that no retry would fix. */
class ImportFailure extends Error {}

interface Counts {
  total: number;
  rejected: number;
}

/**
 * The import job: reads the stored file, checks each row, COPYs every row (valid or not)
 * into a temporary staging table, finds duplicates and erased members set-wise, then
 * merges with one statement. All of it in one transaction, so a retry after a crash
 * starts over from a clean slate.
 */
@Injectable()
export class ImportJobService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
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
      finishedAt: null,
      failureMessage: null,
      rowsTotal: 0,
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: 0,
      duplicatePhones: 0,
    });
    const started = Date.now();
    try {
      await this.importFile(memberImport);
      this.logger.log(`Import ${importId} finished in ${Date.now() - started} ms.`);
    } catch (error) {
      const final = error instanceof ImportFailure || job.retryCount >= job.retryLimit;
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
      await client.query(
        `CREATE TEMP TABLE member_import_staging (line int NOT NULL, membership_number text,
           first_name text, last_name text, phone text, phone_type text, email text, postcode text,
           region_id uuid, phone_raw text, region_raw text, tags text[], message text, raw text) ON COMMIT DROP`,
      );
      const started = Date.now();
      const { counts, columns, headerLength } = await this.stage(memberImport, context, client);
      const staged = Date.now();
      await this.finish(memberImport, client, counts, columns, headerLength);
      await runner.commitTransaction();
      this.logger.log(
        `Import ${memberImport.id}: ${counts.total} rows read, checked and staged in ${staged - started} ms; merged in ${Date.now() - staged} ms.`,
      );
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Parses the file and COPYs every row into the staging table. */
  private async stage(
    memberImport: MemberImport,
    base: Omit<RowContext, 'columns'>,
    client: PoolClient,
  ): Promise<{ counts: Counts; columns: RowContext['columns']; headerLength: number }> {
    const counts: Counts = { total: 0, rejected: 0 };
    const skipped: string[] = [];
    const delimiter = await this.delimiter(memberImport);
    const parser = parse({
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = (error as { lines?: number } | undefined)?.lines ?? 0;
        skipped.push(
          `${line}\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\tthe row is not valid CSV: ${(error?.message ?? '').replace(/[\\\t\n\r]/g, ' ')}\t\\N\n`,
        );
      },
    });
    const feed = (async () => {
      for await (const text of this.text(memberImport)) {
        if (!parser.write(text as string)) await once(parser, 'drain');
      }
      parser.end();
    })();
    feed.catch((error: unknown) => parser.destroy(error as Error));

    const copy = client.query(
      copyFrom(`COPY member_import_staging (${STAGING_COLUMNS}) FROM STDIN`),
    );
    const copyDone = finished(copy);
    copyDone.catch(() => undefined);
    let batch = '';
    let context: RowContext | undefined;
    let headerLength = 0;
    const write = async (text: string) => {
      if (!copy.write(text)) await once(copy, 'drain');
    };
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!context) {
        const resolved = resolveHeader(record, memberImport.columnMapping as ColumnMapping);
        if (!resolved.ok) throw new ImportFailure(resolved.problems.join('; '));
        context = { ...base, columns: resolved.columns };
        headerLength = record.length;
        continue;
      }
      const staged = stageRow(context, info.lines, record);
      counts.total += 1;
      if (!staged.endsWith('\\N\t\\N\n')) counts.rejected += 1;
      batch += staged;
      if (batch.length >= COPY_BATCH_CHARS) {
        await write(batch);
        batch = '';
      }
      if (skipped.length > 0) {
        counts.total += skipped.length;
        counts.rejected += skipped.length;
        batch += skipped.join('');
        skipped.length = 0;
      }
      if (counts.total % PROGRESS_EVERY === 0) await this.progress(memberImport.id, counts);
    }
    await feed;
    if (skipped.length > 0) {
      counts.total += skipped.length;
      counts.rejected += skipped.length;
      batch += skipped.join('');
    }
    if (batch) await write(batch);
    copy.end();
    await copyDone;
    if (!context) throw new ImportFailure('The file has no header line.');
    await this.progress(memberImport.id, counts);
    return { counts, columns: context.columns, headerLength };
  }

  private async progress(importId: string, counts: Counts): Promise<void> {
    await this.dataSource.query(
      'UPDATE member_import SET rows_total = $2, rows_rejected = $3 WHERE id = $1',
      [importId, counts.total, counts.rejected],
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

  /** Duplicates, erased members, the error list, the merge and the counts: set-wise. */
  private async finish(
    memberImport: MemberImport,
    client: PoolClient,
    counts: Counts,
    columns: RowContext['columns'],
    headerLength: number,
  ): Promise<void> {
    const electionId = memberImport.electionId;
    await client.query(
      `WITH duplicate AS (
         SELECT membership_number, min(line) AS first_line FROM member_import_staging
         WHERE message IS NULL GROUP BY membership_number HAVING count(*) > 1)
       UPDATE member_import_staging s
       SET message = 'membership number ' || s.membership_number || ' already appears on line ' || d.first_line
       FROM duplicate d
       WHERE s.message IS NULL AND s.membership_number = d.membership_number AND s.line <> d.first_line`,
    );
    const [{ erased }] = (
      await client.query<{ erased: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM member WHERE election_id = $1 AND erased_at IS NOT NULL) AS erased',
        [electionId],
      )
    ).rows;
    if (erased) {
      await client.query(
        `WITH hashed AS (
           SELECT line, ${ERASED_MEMBERSHIP_NUMBER_SQL} AS erased_number
           FROM (SELECT $1::uuid AS election_id, membership_number, line
                 FROM member_import_staging WHERE message IS NULL) AS incoming)
         UPDATE member_import_staging s SET message = 'this member was erased at their request'
         FROM hashed h JOIN member m
           ON m.election_id = $1 AND m.membership_number = h.erased_number AND m.erased_at IS NOT NULL
         WHERE s.line = h.line`,
        [electionId],
      );
    }
    await client.query(
      `INSERT INTO member_import_error (import_id, line, message, raw)
       SELECT $1, line, message, coalesce(raw, ${rebuiltRaw(columns, headerLength)})
       FROM member_import_staging WHERE message IS NOT NULL
       ON CONFLICT (import_id, line) DO NOTHING`,
      [memberImport.id],
    );
    const merged = await client.query<{ inserted: number; updated: number; valid: number }>(
      mergeStatement(columns),
      [electionId],
    );
    const { inserted, updated, valid } = merged.rows[0];
    const rejected = counts.total - valid;
    const duplicates = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM member_import_staging s
       WHERE s.message IS NULL AND s.phone IN (
         SELECT phone FROM member WHERE election_id = $1 AND phone IS NOT NULL
         GROUP BY phone HAVING count(*) > 1)`,
      [electionId],
    );
    await client.query(
      `UPDATE member_import SET status = 'SUCCEEDED', finished_at = clock_timestamp(), rows_total = $2,
         rows_inserted = $3, rows_updated = $4, rows_unchanged = $5, rows_rejected = $6,
         duplicate_phones = $7
       WHERE id = $1`,
      [
        memberImport.id,
        counts.total,
        inserted,
        updated,
        valid - inserted - updated,
        rejected,
        duplicates.rows[0].count,
      ],
    );
    await client.query('DELETE FROM member_import_chunk WHERE import_id = $1', [memberImport.id]);
  }
}

const CSV_FIELD = (expression: string) =>
  `CASE WHEN ${expression} ~ '[",\\r\\n]' THEN '"' || replace(${expression}, '"', '""') || '"' ELSE coalesce(${expression}, '') END`;

const STAGED_AS: Record<MemberColumnName, string> = {
  membership_number: 'membership_number',
  first_name: 'first_name',
  last_name: 'last_name',
  phone: 'phone_raw',
  email: 'email',
  postcode: 'postcode',
  region: 'region_raw',
  tags: "array_to_string(tags, ';')",
};

/** A row rejected set-wise (duplicate, erased) has no raw text: rebuild it in the file's column order. */
function rebuiltRaw(columns: RowContext['columns'], headerLength: number): string {
  const byIndex = new Map<number, string>();
  for (const [name, index] of Object.entries(columns) as [MemberColumnName, number][]) {
    byIndex.set(index, STAGED_AS[name]);
  }
  const parts: string[] = [];
  for (let index = 0; index < headerLength; index += 1) {
    const column = byIndex.get(index);
    parts.push(column ? CSV_FIELD(column) : "''");
  }
  return parts.length > 0 ? parts.join(" || ',' || ") : "''";
}

/**
 * Inserts new members and updates known ones where a field the file carries changed.
 * Opt-out and erasure columns are never touched.
 */
function mergeStatement(columns: RowContext['columns']): string {
  const updatable: string[] = ['region_id'];
  if (columns.first_name !== undefined) updatable.push('first_name');
  if (columns.last_name !== undefined) updatable.push('last_name');
  if (columns.phone !== undefined) updatable.push('phone', 'phone_type');
  if (columns.email !== undefined) updatable.push('email');
  if (columns.postcode !== undefined) updatable.push('postcode');
  if (columns.tags !== undefined) updatable.push('tags');
  const set = updatable.map((column) => `${column} = EXCLUDED.${column}`).join(', ');
  const current = updatable.map((column) => `m.${column}`).join(', ');
  const incoming = updatable.map((column) => `EXCLUDED.${column}`).join(', ');
  return `WITH valid AS (
      SELECT membership_number, coalesce(first_name, '') AS first_name,
        coalesce(last_name, '') AS last_name, phone, phone_type, email, postcode, region_id,
        coalesce(tags, '{}') AS tags
      FROM member_import_staging WHERE message IS NULL),
    upsert AS (
      INSERT INTO member AS m (election_id, membership_number, first_name, last_name, phone,
        phone_type, email, postcode, region_id, tags)
      SELECT $1, membership_number, first_name, last_name, phone, phone_type, email, postcode, region_id, tags
      FROM valid
      ON CONFLICT (election_id, membership_number) DO UPDATE SET ${set}, updated_at = now()
      WHERE (${current}) IS DISTINCT FROM (${incoming})
      RETURNING (xmax = 0) AS inserted)
    SELECT (SELECT count(*) FROM valid)::int AS valid,
      count(*) FILTER (WHERE inserted)::int AS inserted,
      count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM upsert`;
}
