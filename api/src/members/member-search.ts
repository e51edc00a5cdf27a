import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Pure helpers for the members list (no Nest imports: unit-tested directly). */

/** Escapes LIKE's wildcards so a search for "50%" looks for a literal percent sign. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * A search that may be (part of) a phone number, as the start of an E.164 number:
 * digits only, a leading 0 read as the UK trunk prefix (+44), a leading 44 or + kept.
 * Undefined when the text is not phone-like (letters, or fewer than 4 digits).
 */
export function phoneSearchPrefix(search: string): string | undefined {
  const compact = search.replace(/[\s().-]/g, '');
  if (!/^\+?\d{4,}$/.test(compact)) return undefined;
  if (compact.startsWith('+')) return compact;
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  if (compact.startsWith('0')) return `+44${compact.slice(1)}`;
  if (compact.startsWith('44')) return `+${compact}`;
  return `+44${compact}`;
}

/** A postcode search: upper case, spaces ignored (as the index stores it). */
export function postcodeSearchPrefix(search: string): string | undefined {
  const compact = search.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z][A-Z0-9]{0,7}$/.test(compact) ? compact : undefined;
}

/** A phone number with all but its country code and last four digits hidden: "+44 •••• ••0123". */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const code = parsePhoneNumberFromString(phone)?.countryCallingCode ?? phone.slice(1, 3);
  return `+${code} •••• ••${phone.slice(-4)}`;
}
