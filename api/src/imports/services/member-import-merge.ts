import { once } from 'node:events';
import { finished } from 'node:stream/promises';

import type { MemberColumnName } from '@phonebank/domain';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { ERASED_MEMBERSHIP_NUMBER_SQL } from '../../members/erased-membership-number';
import { type RowContext, STAGING_COLUMNS } from '../member-rows';
import type { RejectionKind } from '../rejection-reasons';
import { MemberFieldMerge } from './member-field-merge';

/** A batch is kept, and goes out to COPY, in pieces of about this size. */
const COPY_CHUNK_CHARS = 256 * 1024;

/** What the merge did with the rows it was given. */
export interface MergeTotals {
  /** Rows that passed every check and reached the member table. */
  valid: number;
  inserted: number;
  updated: number;
  /** Members of the file left with no number at all: they cannot be called. */
  withoutPhone: number;
  /** Rejected rows by kind of reason. */
  rejections: Map<RejectionKind, number>;
  /** For a preview: stored members whose field would change, and be blanked, by field. */
  fieldChanges: Map<string, { changed: number; blanked: number }>;
}

export interface MergeOptions {
  /** A blank cell clears the stored value (otherwise the stored value stays). */
  blankCellsClear: boolean;
  /** A preview: nothing is written to members; the totals say what the file would do. */
  dryRun: boolean;
}

/**
 * Merges an import into `member` batch by batch, on the import's own connection and inside
 * its transaction, while the job reads and checks the next batch: PostgreSQL maintains the
 * member indexes on one core as the parser runs on the other, so the import takes about as
 * long as the slower of the two instead of their sum. Each batch is COPYed into a temporary
 * table and then, set-wise:
 * - a membership number already seen on an earlier line (in this batch or an earlier one)
 *   is rejected, naming the first line;
 * - an erased member is rejected, so a re-import does not bring them back;
 * - rejected rows go to the error report with their line;
 * - the rest are inserted, or updated where a field the file carries changed.
 * Nothing is visible to anyone until the whole file commits.
 */
export class MemberImportMerge {
  readonly totals: MergeTotals = {
    valid: 0,
    inserted: 0,
    updated: 0,
    withoutPhone: 0,
    rejections: new Map(),
    fieldChanges: new Map(),
  };
  /** Milliseconds the reader spent waiting for an earlier batch to merge (for the log). */
  waitedMs = 0;
  private pending: Promise<void> = Promise.resolve();
  /** The batch being read: full chunks, the chunk being filled, and its row count. */
  private chunks: string[] = [];
  private chunk = '';
  private rows = 0;

  private constructor(
    private readonly client: PoolClient,
    private readonly importId: string,
    private readonly electionId: string,
    private readonly columns: RowContext['columns'],
    private readonly headerLength: number,
    private readonly electionHasErasures: boolean,
    private readonly batchRows: number,
    private readonly options: MergeOptions,
  ) {}

  /** The temporary tables for one import, on its connection and inside its transaction. */
  static async start(
    client: PoolClient,
    importId: string,
    electionId: string,
    columns: RowContext['columns'],
    headerLength: number,
    batchRows: number,
    options: MergeOptions,
  ): Promise<MemberImportMerge> {
    await client.query(
      `CREATE TEMP TABLE member_import_batch (line int NOT NULL, membership_number text,
         first_name text, last_name text, phone text, phone_type text, email text, postcode text,
         region_id uuid, phone_raw text, region_raw text, tags text[], landline text,
         landline_type text, landline_raw text, reason text, message text, raw text)
       ON COMMIT DROP`,
    );
    // The first line of each membership number read so far, for telling duplicates.
    await client.query(
      `CREATE TEMP TABLE member_import_seen (membership_number text PRIMARY KEY, line int NOT NULL)
       ON COMMIT DROP`,
    );
    // Phones of the rows merged, for counting those shared with another member at the end.
    await client.query('CREATE TEMP TABLE member_import_phone (phone text) ON COMMIT DROP');
    const [{ erased }] = (
      await client.query<{ erased: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM member WHERE election_id = $1 AND erased_at IS NOT NULL) AS erased',
        [electionId],
      )
    ).rows;
    return new MemberImportMerge(
      client,
      importId,
      electionId,
      columns,
      headerLength,
      erased,
      batchRows,
      options,
    );
  }

  /**
   * Takes the next row (a COPY text line; rows come in file order). When that fills a batch,
   * returns a promise that settles once the batch before it has been merged and this one
   * handed to PostgreSQL: the caller reads on while it merges. A failure of any batch is
   * thrown from the next full batch or from `finish`.
   */
  add(line: string): Promise<void> | undefined {
    this.chunk += line;
    this.rows += 1;
    if (this.chunk.length >= COPY_CHUNK_CHARS) {
      this.chunks.push(this.chunk);
      this.chunk = '';
    }
    return this.rows >= this.batchRows ? this.startMerge() : undefined;
  }

  private async startMerge(): Promise<void> {
    const chunks = this.chunk ? [...this.chunks, this.chunk] : this.chunks;
    this.chunks = [];
    this.chunk = '';
    this.rows = 0;
    const started = Date.now();
    await this.pending;
    this.waitedMs += Date.now() - started;
    if (chunks.length === 0) return;
    this.pending = this.merge(chunks);
    this.pending.catch(() => undefined); // rethrown by the next startMerge or finish
  }

  /** Merges the rest; returns how many merged rows share their phone with another member. */
  async finish(): Promise<number> {
    await this.startMerge();
    await this.pending;
    const shared = await this.client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM member_import_phone p
       WHERE p.phone IN (SELECT phone FROM member WHERE election_id = $1 AND phone IS NOT NULL
                         GROUP BY phone HAVING count(*) > 1)`,
      [this.electionId],
    );
    return shared.rows[0].count;
  }

  /** A preview of the batch: its counts, and what it would change field by field. */
  private async preview(fields: MemberFieldMerge): Promise<void> {
    const counted = (
      await this.client.query<Record<string, number>>(fields.previewStatement(), [this.electionId])
    ).rows[0];
    this.totals.valid += counted.valid;
    this.totals.inserted += counted.inserted;
    this.totals.updated += counted.updated;
    this.totals.withoutPhone += counted.without_phone;
    for (const field of fields.updatable) {
      const entry = this.totals.fieldChanges.get(field) ?? { changed: 0, blanked: 0 };
      entry.changed += counted[`${field}_changed`];
      entry.blanked += counted[`${field}_blanked`];
      this.totals.fieldChanges.set(field, entry);
    }
  }

  private async merge(chunks: readonly string[]): Promise<void> {
    const { client } = this;
    await client.query('TRUNCATE member_import_batch');
    const copy = client.query(copyFrom(`COPY member_import_batch (${STAGING_COLUMNS}) FROM STDIN`));
    for (const chunk of chunks) if (!copy.write(chunk)) await once(copy, 'drain');
    copy.end();
    await finished(copy);

    // Numbers new to this import go into `seen`; only the rest (a number repeated within the
    // batch, or seen in an earlier one) are looked up for the line they first appeared on.
    await client.query(
      `WITH grouped AS (
         SELECT membership_number, min(line) AS first_line, count(*) AS copies
         FROM member_import_batch WHERE message IS NULL GROUP BY membership_number),
       first_seen AS (
         INSERT INTO member_import_seen (membership_number, line)
         SELECT membership_number, first_line FROM grouped
         ON CONFLICT (membership_number) DO NOTHING
         RETURNING membership_number),
       repeated AS (
         SELECT g.membership_number,
           coalesce((SELECT s.line FROM member_import_seen s
                      WHERE s.membership_number = g.membership_number), g.first_line) AS first_line
         FROM grouped g
         WHERE g.copies > 1
            OR NOT EXISTS (SELECT 1 FROM first_seen f WHERE f.membership_number = g.membership_number))
       UPDATE member_import_batch b
       SET reason = 'DUPLICATE',
         message = 'membership number ' || b.membership_number || ' already appears on line ' || r.first_line
       FROM repeated r
       WHERE b.message IS NULL AND b.membership_number = r.membership_number AND b.line <> r.first_line`,
    );
    if (this.electionHasErasures) {
      await client.query(
        `WITH hashed AS (
           SELECT line, ${ERASED_MEMBERSHIP_NUMBER_SQL} AS erased_number
           FROM (SELECT $1::uuid AS election_id, membership_number, line
                 FROM member_import_batch WHERE membership_number IS NOT NULL) AS incoming)
         -- The row is the erased member's data again, valid or not: it is refused without
         -- being kept.
         UPDATE member_import_batch b
         SET reason = 'ERASED', message = 'this member was erased at their request', raw = ''
         FROM hashed h JOIN member m
           ON m.election_id = $1 AND m.membership_number = h.erased_number AND m.erased_at IS NOT NULL
         WHERE b.line = h.line`,
        [this.electionId],
      );
    }
    await client.query(
      `INSERT INTO member_import_error (import_id, line, message, raw)
       SELECT $1, line, message, coalesce(raw, ${rebuiltRaw(this.columns, this.headerLength)})
       FROM member_import_batch WHERE message IS NOT NULL
       ON CONFLICT (import_id, line) DO NOTHING`,
      [this.importId],
    );
    const rejections = await client.query<{ reason: RejectionKind; rows: number }>(
      `SELECT reason, count(*)::int AS rows FROM member_import_batch
       WHERE message IS NOT NULL GROUP BY reason`,
    );
    for (const { reason, rows } of rejections.rows)
      this.totals.rejections.set(reason, (this.totals.rejections.get(reason) ?? 0) + rows);
    const fields = new MemberFieldMerge(this.columns, this.options.blankCellsClear);
    if (this.options.dryRun) {
      await this.preview(fields);
      return;
    }
    const merged = await client.query<{ valid: number; inserted: number; updated: number }>(
      fields.upsertStatement(),
      [this.electionId],
    );
    const { valid, inserted, updated } = merged.rows[0];
    this.totals.valid += valid;
    this.totals.inserted += inserted;
    this.totals.updated += updated;
    if (this.columns.landline !== undefined) {
      // A new member with only a landline: that is the number to call.
      await client.query(
        `UPDATE member m SET phone = m.landline
         FROM member_import_batch b
         WHERE b.message IS NULL AND b.phone IS NULL AND b.landline IS NOT NULL
           AND m.election_id = $1 AND m.membership_number = b.membership_number
           AND m.phone IS NULL`,
        [this.electionId],
      );
    }
    // Only rows that brought no number can leave a member without one: a cheap probe when a
    // file carries phones, as most do.
    const withoutPhone = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM member_import_batch b
       JOIN member m ON m.election_id = $1 AND m.membership_number = b.membership_number
       WHERE b.message IS NULL AND b.phone IS NULL AND b.landline IS NULL AND m.phone IS NULL`,
      [this.electionId],
    );
    this.totals.withoutPhone += withoutPhone.rows[0].count;
    await client.query(
      `INSERT INTO member_import_phone (phone)
       SELECT phone FROM member_import_batch WHERE message IS NULL AND phone IS NOT NULL`,
    );
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
  landline: 'landline_raw',
  tags: "array_to_string(tags, ';')",
};

/**
 * A row rejected set-wise (duplicate, erased) has no raw text: rebuild it in the file's column
 * order. The separators between mapped columns are one literal each, so a header of 10,000
 * columns makes an expression of a few terms, not 10,000.
 */
function rebuiltRaw(columns: RowContext['columns'], headerLength: number): string {
  const byIndex = new Map<number, string>();
  for (const [name, index] of Object.entries(columns) as [MemberColumnName, number][]) {
    byIndex.set(index, STAGED_AS[name]);
  }
  const parts: string[] = [];
  let literal = '';
  for (let index = 0; index < headerLength; index += 1) {
    if (index > 0) literal += ',';
    const column = byIndex.get(index);
    if (!column) continue;
    if (literal) parts.push(`'${literal}'`);
    literal = '';
    parts.push(CSV_FIELD(column));
  }
  if (literal) parts.push(`'${literal}'`);
  return parts.length > 0 ? parts.join(' || ') : "''";
}
