// The columns a member file may carry, and the headers membership systems use for them.
// The server maps a file's header with resolveHeader; the web preview maps the same way.

export type MemberColumnName =
  | 'membership_number'
  | 'first_name'
  | 'last_name'
  | 'phone'
  | 'landline'
  | 'email'
  | 'postcode'
  | 'region'
  | 'tags';

export interface MemberColumn {
  name: MemberColumnName;
  required: boolean;
  aliases: readonly string[];
}

export const MEMBER_COLUMNS: readonly MemberColumn[] = [
  {
    name: 'membership_number',
    required: true,
    aliases: [
      'membership no',
      'membership no.',
      'membership number',
      'membership_no',
      'membership id',
      'membership_id',
      'member id',
      'member_id',
      'member no',
      'member_no',
      'member number',
      'member_number',
    ],
  },
  {
    name: 'first_name',
    required: false,
    aliases: ['first name', 'firstname', 'forename', 'given name', 'given_name'],
  },
  {
    name: 'last_name',
    required: false,
    aliases: ['last name', 'lastname', 'surname', 'family name', 'family_name'],
  },
  {
    name: 'phone',
    required: false,
    aliases: [
      'mobile',
      'mobile number',
      'mobile_number',
      'mobile no',
      'phone number',
      'phone_number',
      'telephone',
      'telephone number',
      'tel',
    ],
  },
  // A second number, called only when the member has no phone above: lists carry a mobile
  // and a home number side by side.
  {
    name: 'landline',
    required: false,
    aliases: [
      'home phone',
      'home_phone',
      'home telephone',
      'home tel',
      'home number',
      'landline number',
      'land line',
      'phone (home)',
      'telephone (home)',
    ],
  },
  { name: 'email', required: false, aliases: ['email address', 'email_address', 'e-mail'] },
  { name: 'postcode', required: false, aliases: ['post code', 'post_code', 'postal code', 'zip'] },
  { name: 'region', required: false, aliases: ['region code', 'region_code'] },
  { name: 'tags', required: false, aliases: ['tag', 'labels', 'label', 'groups'] },
];

export const MAX_MEMBER_TAGS = 20;
const MEMBER_TAG = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/**
 * A member file's tags cell ("Trade union; Young members") as tags: split on ; , or |,
 * lower-cased, spaces to hyphens ("trade-union"), repeats dropped. A tag that is still not
 * 1–32 letters, digits, - or _ is a problem the row is rejected for.
 */
export function parseMemberTags(cell: string): { tags: string[] } | { problem: string } {
  const tags = new Set<string>();
  for (const part of cell.split(/[;,|]/)) {
    const tag = part.trim().toLowerCase().replace(/\s+/g, '-');
    if (tag === '') continue;
    if (!MEMBER_TAG.test(tag))
      return { problem: `tag '${part.trim()}' must be 1–32 letters, digits, - or _` };
    tags.add(tag);
  }
  if (tags.size > MAX_MEMBER_TAGS) return { problem: `more than ${MAX_MEMBER_TAGS} tags` };
  return { tags: [...tags] };
}

export const MEMBER_COLUMN_NAMES: readonly MemberColumnName[] = MEMBER_COLUMNS.map(
  (column) => column.name,
);

/** Our column → the file's header, as a coordinator maps it. */
export type ColumnMapping = Partial<Record<MemberColumnName, string>>;

export type ResolvedHeader =
  | { ok: true; columns: Partial<Record<MemberColumnName, number>> }
  | { ok: false; problems: string[] };

const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

export function isMemberColumnName(name: string): name is MemberColumnName {
  return (MEMBER_COLUMN_NAMES as readonly string[]).includes(name);
}

/**
 * Which position of the file's header holds each of our columns: an explicit mapping
 * first, then the column's own name, then its aliases, all case-insensitive.
 */
export function resolveHeader(
  headers: readonly string[],
  mapping: ColumnMapping = {},
): ResolvedHeader {
  const problems: string[] = [];
  const normalised = headers.map(normaliseHeader);
  const columns: Partial<Record<MemberColumnName, number>> = {};
  const used = new Map<number, MemberColumnName>();
  for (const key of Object.keys(mapping)) {
    if (!isMemberColumnName(key)) {
      problems.push(
        `the mapping names '${key}', which is not a member column (${MEMBER_COLUMN_NAMES.join(', ')})`,
      );
    }
  }
  for (const column of MEMBER_COLUMNS) {
    const mapped = mapping[column.name];
    let index = -1;
    if (mapped !== undefined && mapped !== '') {
      index = normalised.indexOf(normaliseHeader(mapped));
      if (index < 0) {
        problems.push(
          `the mapping gives '${mapped}' for ${column.name}, but the file has no such column`,
        );
        continue;
      }
    } else {
      for (const candidate of [column.name, ...column.aliases]) {
        index = normalised.findIndex((header, i) => header === candidate && !used.has(i));
        if (index >= 0) break;
      }
    }
    if (index < 0) {
      if (column.required) {
        problems.push(
          `the file has no ${column.name} column; map one of: ${headers.map((h) => `'${h.trim()}'`).join(', ')}`,
        );
      }
      continue;
    }
    const taken = used.get(index);
    if (taken) {
      problems.push(
        `column '${headers[index].trim()}' is mapped to both ${taken} and ${column.name}`,
      );
      continue;
    }
    used.set(index, column.name);
    columns[column.name] = index;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}
