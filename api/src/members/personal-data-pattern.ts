import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** What identifies a member in free text someone typed or a file carried. */
export interface MemberIdentifiers {
  membershipNumber: string;
  firstName: string;
  lastName: string;
  /** E.164. */
  phone: string | null;
  /** E.164: the home phone an import may have brought beside the phone. */
  landline?: string | null;
  email: string | null;
}

/** What may stand between the digits of a written phone number: spaces, dots, dashes, brackets. */
const PHONE_SEPARATOR = '[\\s.()/-]*';

/** Characters PostgreSQL's regular expressions (ARE) treat as operators. */
const ARE_OPERATORS = /[\\^$.|?*+()[\]{}-]/g;

const literal = (text: string) => text.replace(ARE_OPERATORS, '\\$&');

/** Not inside a longer word or number: "R1" is not found in "R10", "Ann" not in "Anne". */
const whole = (pattern: string) => `(?<![[:alnum:]])${pattern}(?![[:alnum:]])`;

/**
 * The phone number in the ways people write it: E.164 (+447700900123), with its country
 * code and separators (+44 7700 900123, +44 (0)7700 900123, 0044 …), national (07700 900123,
 * 07700-900-123) or its bare national digits.
 */
function phonePattern(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return null;
  const digits = [...parsed.nationalNumber].join(PHONE_SEPARATOR);
  const country = `(?:\\+|00)${PHONE_SEPARATOR}${parsed.countryCallingCode}${PHONE_SEPARATOR}(?:\\(0\\)${PHONE_SEPARATOR})?`;
  return `(?<![0-9])(?:${country}|0)?${digits}(?![0-9])`;
}

/**
 * One PostgreSQL regular expression (for `~*` and `regexp_replace(…, 'gi')`) that finds the
 * member in text: their membership number, email, phone in its written forms, and their
 * full name ("Ada Smithson", "Smithson, Ada"). A first or last name alone is not sought:
 * in text not about this member it names someone else as often as them. Null when nothing
 * identifying is left (an erased member).
 */
export function memberIdentifiersPattern(member: MemberIdentifiers): string | null {
  const branches: string[] = [];
  const number = member.membershipNumber.trim();
  if (number) branches.push(whole(literal(number)));
  const email = member.email?.trim();
  if (email) branches.push(whole(literal(email)));
  for (const number of [member.phone, member.landline]) {
    const phone = number ? phonePattern(number) : null;
    if (phone) branches.push(phone);
  }
  const first = member.firstName.trim();
  const last = member.lastName.trim();
  if (first && last) {
    branches.push(whole(`${literal(first)}\\s+${literal(last)}`));
    branches.push(whole(`${literal(last)},?\\s+${literal(first)}`));
  } else if (first || last) {
    branches.push(whole(literal(first || last)));
  }
  return branches.length > 0 ? `(?:${branches.join('|')})` : null;
}
