import type { RowContext } from '../member-rows';

// What a row of a member file does to a stored member, field by field, as SQL: the upsert
// the merge runs, and the same expressions again for a preview's count of what would change.
//
// A blank cell keeps the stored value unless the coordinator asked that blank cells clear
// it. A member's phone is the number to call: the file's phone column, else the landline
// column; a stored phone that only repeats the stored landline was such a fallback, so a
// new landline replaces it, and a file without a phone never drops a stored mobile.

type FieldKind = 'name' | 'optional' | 'tags' | 'given';

interface MergedField {
  /** The member column, and the name the preview reports it under. */
  column: string;
  reportAs: string;
  kind: FieldKind;
}

const INSERTED =
  'membership_number, first_name, last_name, phone, phone_type, email, postcode, region_id, tags, landline';

// The incoming row as the insert has it: blank names '', blank tags '{}', other blanks NULL;
// phone_type is the landline's when the row brought only a landline.
const VALID_ROWS = `SELECT membership_number, coalesce(first_name, '') AS first_name,
    coalesce(last_name, '') AS last_name, phone, coalesce(phone_type, landline_type) AS phone_type,
    email, postcode, region_id, coalesce(tags, '{}') AS tags, landline
  FROM member_import_batch WHERE message IS NULL`;

export class MemberFieldMerge {
  /** The fields the file carries (region always: every valid row has one). */
  private readonly fields: MergedField[] = [
    { column: 'region_id', reportAs: 'region', kind: 'given' },
  ];
  private readonly phoneMapped: boolean;
  private readonly landlineMapped: boolean;

  constructor(
    columns: RowContext['columns'],
    private readonly blankCellsClear: boolean,
  ) {
    const optional = (name: keyof RowContext['columns'], kind: FieldKind) => {
      if (columns[name] !== undefined) this.fields.push({ column: name, reportAs: name, kind });
    };
    optional('first_name', 'name');
    optional('last_name', 'name');
    optional('email', 'optional');
    optional('postcode', 'optional');
    optional('tags', 'tags');
    optional('landline', 'optional');
    this.phoneMapped = columns.phone !== undefined;
    this.landlineMapped = columns.landline !== undefined;
  }

  /** The names the preview reports, in order. */
  get updatable(): string[] {
    const names = this.fields.map((field) => field.reportAs);
    return this.phoneMapped || this.landlineMapped ? ['phone', ...names] : names;
  }

  /** The new value of a field, from the incoming row `x` and the stored member `m`. */
  private value(field: MergedField, x: string): string {
    const incoming = `${x}.${field.column}`;
    const stored = `m.${field.column}`;
    if (field.kind === 'given' || this.blankCellsClear) return incoming;
    if (field.kind === 'name')
      return `CASE WHEN ${incoming} = '' THEN ${stored} ELSE ${incoming} END`;
    if (field.kind === 'tags')
      return `CASE WHEN ${incoming} = '{}' THEN ${stored} ELSE ${incoming} END`;
    return `coalesce(${incoming}, ${stored})`;
  }

  private blanked(field: MergedField, value: string): string {
    const stored = `m.${field.column}`;
    if (field.kind === 'given') return 'false';
    if (field.kind === 'name') return `(${value}) = '' AND ${stored} <> ''`;
    if (field.kind === 'tags') return `(${value}) = '{}' AND ${stored} <> '{}'`;
    return `(${value}) IS NULL AND ${stored} IS NOT NULL`;
  }

  /** The number to call, and its type, after the row. */
  private phone(x: string): { phone: string; phoneType: string } {
    const landlineField = this.fields.find((field) => field.column === 'landline');
    const landline = landlineField ? this.value(landlineField, x) : 'm.landline';
    const keptPhone =
      this.phoneMapped && this.blankCellsClear
        ? 'NULL::varchar'
        : 'CASE WHEN m.phone IS DISTINCT FROM m.landline THEN m.phone END';
    const phone = `coalesce(${x}.phone, ${keptPhone}, ${landline})`;
    const phoneType = `CASE WHEN (${phone}) IS NULL THEN NULL
      WHEN ${x}.phone IS NOT NULL THEN ${x}.phone_type
      WHEN (${keptPhone}) IS NOT NULL THEN m.phone_type
      WHEN ${x}.landline IS NOT NULL AND ${x}.landline = (${landline}) THEN ${x}.phone_type
      ELSE m.phone_type END`;
    return { phone, phoneType };
  }

  /** Every column the row may change, with its new value. */
  private assignments(x: string): { column: string; value: string }[] {
    const assigned = this.fields.map((field) => ({
      column: field.column,
      value: this.value(field, x),
    }));
    if (this.phoneMapped || this.landlineMapped) {
      const { phone, phoneType } = this.phone(x);
      assigned.push({ column: 'phone', value: phone }, { column: 'phone_type', value: phoneType });
    }
    return assigned;
  }

  /**
   * Inserts the batch's new members and updates known ones where a field changes; returns
   * valid, inserted and updated. Opt-out and erasure columns are never touched.
   */
  upsertStatement(): string {
    const assigned = this.assignments('EXCLUDED');
    const set = assigned.map(({ column, value }) => `${column} = ${value}`).join(', ');
    const current = assigned.map(({ column }) => `m.${column}`).join(', ');
    const incoming = assigned.map(({ value }) => value).join(', ');
    return `WITH valid AS (${VALID_ROWS}),
      upsert AS (
        INSERT INTO member AS m (election_id, ${INSERTED})
        SELECT $1, ${INSERTED} FROM valid
        ON CONFLICT (election_id, membership_number) DO UPDATE SET ${set}, updated_at = now()
        WHERE (${current}) IS DISTINCT FROM (${incoming})
        RETURNING (xmax = 0) AS inserted)
      SELECT (SELECT count(*) FROM valid)::int AS valid,
        count(*) FILTER (WHERE inserted)::int AS inserted,
        count(*) FILTER (WHERE NOT inserted)::int AS updated
      FROM upsert`;
  }

  /**
   * For a preview, what the batch would do without doing it: `valid`, `inserted`, `updated`,
   * `without_phone`, and per field `<field>_changed` and `<field>_blanked` over stored members.
   */
  previewStatement(): string {
    const stored = 'm.id IS NOT NULL';
    const assigned = this.assignments('v');
    const current = assigned.map(({ column }) => `m.${column}`).join(', ');
    const incoming = assigned.map(({ value }) => value).join(', ');
    const phone = this.phoneMapped || this.landlineMapped ? this.phone('v').phone : 'm.phone';
    const counts = [
      'count(*)::int AS valid',
      `count(*) FILTER (WHERE m.id IS NULL)::int AS inserted`,
      `count(*) FILTER (WHERE ${stored} AND (${current}) IS DISTINCT FROM (${incoming}))::int AS updated`,
      `count(*) FILTER (WHERE CASE WHEN m.id IS NULL THEN v.phone IS NULL AND v.landline IS NULL
         ELSE (${phone}) IS NULL END)::int AS without_phone`,
    ];
    if (this.phoneMapped || this.landlineMapped) {
      counts.push(
        `count(*) FILTER (WHERE ${stored} AND m.phone IS DISTINCT FROM (${phone}))::int AS phone_changed`,
        `count(*) FILTER (WHERE ${stored} AND (${phone}) IS NULL AND m.phone IS NOT NULL)::int AS phone_blanked`,
      );
    }
    for (const field of this.fields) {
      const value = this.value(field, 'v');
      counts.push(
        `count(*) FILTER (WHERE ${stored} AND m.${field.column} IS DISTINCT FROM (${value}))::int AS ${field.reportAs}_changed`,
        `count(*) FILTER (WHERE ${stored} AND ${this.blanked(field, value)})::int AS ${field.reportAs}_blanked`,
      );
    }
    return `WITH valid AS (${VALID_ROWS})
      SELECT ${counts.join(',\n        ')}
      FROM valid v LEFT JOIN member m
        ON m.election_id = $1 AND m.membership_number = v.membership_number`;
  }
}
