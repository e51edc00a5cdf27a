import { type ColumnMapping, MEMBER_COLUMNS, type MemberColumnName } from '@phonebank/domain';

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/**
 * Pre-fills the mapping the way the server reads a header (resolveHeader in
 * @phonebank/domain): each of our columns takes the first unused header that is its own
 * name or one of its aliases, case-insensitive.
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normalise);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const column of MEMBER_COLUMNS) {
    for (const candidate of [column.name, ...column.aliases]) {
      const index = normalised.findIndex((header, i) => header === candidate && !used.has(i));
      if (index >= 0) {
        used.add(index);
        mapping[column.name] = headers[index];
        break;
      }
    }
  }
  return mapping;
}

/** What stops the mapping from being sent: a missing required column, a header used twice. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  const seen = new Map<string, MemberColumnName>();
  for (const column of MEMBER_COLUMNS) {
    const header = mapping[column.name];
    if (!header) {
      if (column.required)
        problems.push(`Choose the column that holds ${COLUMN_LABELS[column.name].toLowerCase()}.`);
      continue;
    }
    const other = seen.get(header);
    if (other) {
      problems.push(
        `'${header}' is chosen for both ${COLUMN_LABELS[other].toLowerCase()} and ${COLUMN_LABELS[column.name].toLowerCase()}.`,
      );
    }
    seen.set(header, column.name);
  }
  return problems;
}

/** The mapping as the upload sends it: only the columns that have a header. */
export function mappingForUpload(mapping: ColumnMapping): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => Boolean(header)));
}

export const COLUMN_LABELS: Readonly<Record<MemberColumnName, string>> = {
  membership_number: 'Membership number',
  first_name: 'First name',
  last_name: 'Last name',
  phone: 'Phone',
  landline: 'Landline',
  email: 'Email',
  postcode: 'Postcode',
  region: 'Region code',
  tags: 'Tags (separated by ;)',
};
