import { type AuditAction } from '../../../gql/graphql';

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  IMPORT_MEMBERS: 'Imported members',
  DOWNLOAD_IMPORT_ERRORS: 'Downloaded import errors',
  EXPORT_MEMBERS: 'Exported members',
  EXPORT_PLEDGES: 'Exported pledges',
  OPT_OUT_MEMBER: 'Opted a member out',
  ERASE_MEMBER: 'Erased a member',
  VIEW_MEMBER_CONTACT: 'Viewed contact details',
  EXPORT_SUBJECT_ACCESS: 'Downloaded all data held about a member',
  ANONYMISE_AFTER_RETENTION: 'Anonymised members after the retention period',
};

/** The entry's details (JSON text) as short "key: value" pairs; the raw text if it is not JSON. */
export function describeDetails(details: string): string {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const pairs = Object.entries(parsed as Record<string, unknown>)
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(
          ([key, value]) =>
            `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
        );
      return pairs.join(', ');
    }
  } catch {
    // Not JSON: show as is.
  }
  return details;
}
