import {
  type MemberColumnName,
  normalisePostcode,
  normaliseUkPhone,
  parseMemberTags,
  postcodeArea,
} from '@phonebank/domain';

import type { RejectionKind } from './rejection-reasons';

// Turning one parsed row of a member file into a line of the staging table's COPY input
// (PostgreSQL text format), or into the reason it is rejected. Pure and allocation-light:
// a million rows pass through here.

export interface RowContext {
  columns: Partial<Record<MemberColumnName, number>>;
  /** Region code (upper case) → region id, for the election. */
  regionsByCode: Map<string, string>;
  /** Postcode area → region id, for the election. */
  regionsByArea: Map<string, string>;
  /** Region id → code, for messages. */
  codesById: Map<string, string>;
  /** The regions a coordinator covers; undefined for an admin (all). */
  allowedRegionIds: Set<string> | undefined;
}

export const STAGING_COLUMNS =
  'line, membership_number, first_name, last_name, phone, phone_type, email, postcode, region_id, phone_raw, region_raw, tags, landline, landline_type, landline_raw, reason, message, raw';

const LIMITS = { membership_number: 64, first_name: 120, last_name: 120, email: 254 } as const;
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** PostgreSQL COPY text format: backslash, tab, newline and carriage return escaped. */
export function copyText(value: string | undefined): string {
  if (value === undefined || value === '') return '\\N';
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** One CSV line of the original fields, for the error report. */
export function csvLine(record: readonly string[]): string {
  let out = '';
  for (let i = 0; i < record.length; i += 1) {
    const field = record[i];
    if (i > 0) out += ',';
    out += /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  }
  return out;
}

const OTHER_MEMBER_FIELDS = '\\N\t'.repeat(13);

/**
 * The COPY line of a rejected row: its line, its membership number when it had a usable one
 * (so the merge can still tell an erased member's row, and keep none of it), the reason, and
 * the row as the file had it.
 */
export function rejectedRow(
  line: number,
  kind: RejectionKind,
  message: string,
  record?: readonly string[],
  membershipNumber?: string,
): string {
  return `${line}\t${copyText(membershipNumber)}\t${OTHER_MEMBER_FIELDS}${kind}\t${copyText(message)}\t${record ? copyText(csvLine(record)) : '\\N'}\n`;
}

const rejected = rejectedRow;

const field = (record: readonly string[], index: number | undefined): string =>
  index === undefined ? '' : (record[index] ?? '').trim();

/** The COPY line for a row: valid (message \N) or rejected (message and raw set). */
export function stageRow(context: RowContext, line: number, record: readonly string[]): string {
  const { columns } = context;
  const number = field(record, columns.membership_number);
  if (number === '')
    return rejected(line, 'MEMBERSHIP_NUMBER', 'membership number is missing', record);
  if (number.length > LIMITS.membership_number)
    return rejected(
      line,
      'MEMBERSHIP_NUMBER',
      `membership number is longer than ${LIMITS.membership_number} characters`,
      record,
    );
  if (number.startsWith('erased:'))
    return rejected(
      line,
      'MEMBERSHIP_NUMBER',
      `membership number '${number}' is not valid`,
      record,
    );
  const firstName = field(record, columns.first_name);
  if (firstName.length > LIMITS.first_name)
    return rejected(
      line,
      'NAME',
      `first name is longer than ${LIMITS.first_name} characters`,
      record,
      number,
    );
  const lastName = field(record, columns.last_name);
  if (lastName.length > LIMITS.last_name)
    return rejected(
      line,
      'NAME',
      `last name is longer than ${LIMITS.last_name} characters`,
      record,
      number,
    );
  const email = field(record, columns.email);
  if (email !== '' && (email.length > LIMITS.email || !EMAIL.test(email)))
    return rejected(line, 'EMAIL', `email '${email}' is not an email address`, record, number);

  const phoneRaw = field(record, columns.phone);
  let phone = '';
  let phoneType = '';
  if (phoneRaw !== '') {
    const normalised = normaliseUkPhone(phoneRaw);
    if ('problem' in normalised) return rejected(line, 'PHONE', normalised.problem, record, number);
    phone = normalised.e164;
    phoneType = normalised.type;
  }
  const landlineRaw = field(record, columns.landline);
  let landline = '';
  let landlineType = '';
  if (landlineRaw !== '') {
    const normalised = normaliseUkPhone(landlineRaw, 'landline');
    if ('problem' in normalised) return rejected(line, 'PHONE', normalised.problem, record, number);
    landline = normalised.e164;
    landlineType = normalised.type;
  }

  const postcodeRaw = field(record, columns.postcode);
  let postcode = '';
  let area: string | undefined;
  if (postcodeRaw !== '') {
    area = postcodeArea(postcodeRaw);
    if (area === undefined)
      return rejected(
        line,
        'POSTCODE',
        `postcode '${postcodeRaw}' is not a UK postcode`,
        record,
        number,
      );
    postcode = normalisePostcode(postcodeRaw);
  }

  const regionRaw = field(record, columns.region);
  let regionId: string | undefined;
  if (regionRaw !== '') {
    regionId = context.regionsByCode.get(regionRaw.toUpperCase());
    if (regionId === undefined)
      return rejected(
        line,
        'REGION',
        `region '${regionRaw}' is not a region of this election`,
        record,
        number,
      );
  } else if (area !== undefined) {
    regionId = context.regionsByArea.get(area);
    if (regionId === undefined)
      return rejected(
        line,
        'REGION',
        `postcode area ${area} belongs to no region of this election (give a region code)`,
        record,
        number,
      );
  } else {
    return rejected(
      line,
      'REGION',
      'neither a region nor a postcode: the region cannot be told',
      record,
      number,
    );
  }
  // Tags need no COPY escaping: parseMemberTags lets only letters, digits, - and _ through.
  let tags = '\\N';
  const tagsRaw = field(record, columns.tags);
  if (tagsRaw !== '') {
    const parsed = parseMemberTags(tagsRaw);
    if ('problem' in parsed) return rejected(line, 'TAGS', parsed.problem, record, number);
    tags = `{${parsed.tags.join(',')}}`;
  }
  if (context.allowedRegionIds && !context.allowedRegionIds.has(regionId))
    return rejected(
      line,
      'OUT_OF_SCOPE',
      `region ${context.codesById.get(regionId) ?? regionRaw} is not one you coordinate`,
      record,
      number,
    );

  return `${line}\t${copyText(number)}\t${copyText(firstName)}\t${copyText(lastName)}\t${copyText(phone)}\t${copyText(phoneType)}\t${copyText(email)}\t${copyText(postcode)}\t${regionId}\t${copyText(phoneRaw)}\t${copyText(regionRaw)}\t${tags}\t${copyText(landline)}\t${copyText(landlineType)}\t${copyText(landlineRaw)}\t\\N\t\\N\t\\N\n`;
}
