// The kinds of reason a row of a member file is rejected for, and how the Import screen's
// summary counts them ("12 rows: phone not a usable number"). Each rejected row is staged with
// its kind beside its own message, so the counts need no parsing of messages.

export const REJECTION_REASONS = {
  UNREADABLE: 'the row cannot be read as CSV',
  COLUMNS: 'more filled cells than the header has columns',
  MEMBERSHIP_NUMBER: 'membership number missing or not valid',
  NAME: 'name too long',
  EMAIL: 'email not an email address',
  PHONE: 'phone not a usable number',
  POSTCODE: 'postcode not a UK postcode',
  REGION: 'region unknown or not given',
  TAGS: 'tags not valid',
  OUT_OF_SCOPE: 'region not one you coordinate',
  DUPLICATE: 'membership number already earlier in the file',
  ERASED: 'member erased at their request',
} as const;

export type RejectionKind = keyof typeof REJECTION_REASONS;

export function isRejectionKind(kind: string): kind is RejectionKind {
  return Object.hasOwn(REJECTION_REASONS, kind);
}
