import { finished } from 'node:stream/promises';

import type { MemberColumnName } from '@phonebank/domain';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { ERASED_MEMBERSHIP_NUMBER_SQL } from '../../members/erased-membership-number';
import { type RowContext, STAGING_COLUMNS } from '../member-rows';

/** COPY data goes out in pieces of about this size. */
const COPY_CHUNK_CHARS = 256 * 1024;

/** What the merge did with the rows it was given. */
export interface MergeTotals {
  /** Rows that passed every check and reached the member table. */
  valid: number;
  inserted: number;
  updated: number;
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
  readonly totals: MergeTotals = { valid: 0, inserted: 0, updated: 0 };
  private pending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly client: PoolClient,
    private readonly importId: string,
    private readonly electionId: string,
    private readonly columns: RowContext['columns'],
    private readonly headerLength: number,
    private readonly electionHasErasures: boolean,
  ) {}

  /** The temporary tables for one import, on its connection and inside its transaction. */
  static async start(
    client: PoolClient,
    importId: string,
    electionId: string,
    columns: RowContext['columns'],
    headerLength: number,
  ): Promise<MemberImportMerge> {
    await client.query(
      `CREATE TEMP TABLE member_import_batch (line int NOT NULL, membership_number text,
         first_name text, last_name text, phone text, phone_type text, email text, postcode text,
         region_id uuid, phone_raw text, region_raw text, tags text[], message text, raw text)
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
    return new MemberImportMerge(client, importId, electionId, columns, headerLength, erased);
  }

  /**
   * Hands over the next batch (COPY text lines, in file order) and returns once the batch
   * before it has been merged: the caller reads on while this one merges. A failure of
   * any batch is thrown from the next `add` or from `finish`.
   */
  async add(lines: readonly string[]): Promise<void> {
    await this.pending;
    if (lines.length === 0) return;
    this.pending = this.merge(lines);
    this.pending.catch(() => undefined); // rethrown by the next add or finish
  }

  /** Waits for the last batch; returns how many merged rows share their phone with another member. */
  async finish(): Promise<number> {
    await this.pending;
    const shared = await this.client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM member_import_phone p
       WHERE p.phone IN (SELECT phone FROM member WHERE election_id = $1 AND phone IS NOT NULL
                         GROUP BY phone HAVING count(*) > 1)`,
      [this.electionId],
    );
    return shared.rows[0].count;
  }

  private async merge(lines: readonly string[]): Promise<void> {
    const { client } = this;
    await client.query('TRUNCATE member_import_batch');
    const copy = client.query(copyFrom(`COPY member_import_batch (${STAGING_COLUMNS}) FROM STDIN`));
    let chunk = '';
    for (const line of lines) {
      chunk += line;
      if (chunk.length >= COPY_CHUNK_CHARS) {
        copy.write(chunk);
        chunk = '';
      }
    }
    copy.end(chunk);
    await finished(copy);

    await client.query(
      `INSERT INTO member_import_seen (membership_number, line)
       SELECT membership_number, min(line) FROM member_import_batch WHERE message IS NULL
       GROUP BY membership_number
       ON CONFLICT (membership_number) DO NOTHING`,
    );
    await client.query(
      `UPDATE member_import_batch b
       SET message = 'membership number ' || b.membership_number || ' already appears on line ' || s.line
       FROM member_import_seen s
       WHERE b.message IS NULL AND s.membership_number = b.membership_number AND s.line <> b.line`,
    );
    if (this.electionHasErasures) {
      await client.query(
        `WITH hashed AS (
           SELECT line, ${ERASED_MEMBERSHIP_NUMBER_SQL} AS erased_number
           FROM (SELECT $1::uuid AS election_id, membership_number, line
                 FROM member_import_batch WHERE message IS NULL) AS incoming)
         UPDATE member_import_batch b SET message = 'this member was erased at their request'
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
    const merged = await client.query<MergeTotals>(mergeStatement(this.columns), [this.electionId]);
    const { valid, inserted, updated } = merged.rows[0];
    this.totals.valid += valid;
    this.totals.inserted += inserted;
    this.totals.updated += updated;
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
 * Inserts the batch's new members and updates known ones where a field the file carries
 * changed. Opt-out and erasure columns are never touched.
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
      FROM member_import_batch WHERE message IS NULL),
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
