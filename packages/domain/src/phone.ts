import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

// Phone numbers are stored in E.164. Most of a UK membership file is in one of a few
// plain shapes (07700 900123, +44 7700 900123, 020 7946 0123): those are normalised
// by a pattern, and only the rest go through libphonenumber (~24 µs a number).
// UK lists often write the trunk 0 after the country code in brackets, `+44 (0)7700 900034`:
// dialled as written that is +44 0 7700…, which is no number, so the 0 is dropped first.

export type NormalisedPhone = { e164: string; type: string } | { problem: string };

const SEPARATORS = /[\s\-().]/g;
const UK_MOBILE = /^(?:0|(?:\+44|0044|44)0?)(7[1-57-9]\d{8})$/;
const UK_GEOGRAPHIC = /^(?:0|(?:\+44|0044|44)0?)(1[1-9]\d{8}|2\d{9})$/;
const UK_TRUNK_AFTER_COUNTRY = /^(\+44|0044)\s*\(\s*0\s*\)\s*/;

/**
 * E.164 and libphonenumber's type (MOBILE, FIXED_LINE, ...), or why the number is unusable;
 * `label` names the file's column in that reason ("home phone '12345' is not a UK number").
 */
export function normaliseUkPhone(raw: string, label = 'phone'): NormalisedPhone {
  const compact = raw.replace(SEPARATORS, '');
  const mobile = UK_MOBILE.exec(compact);
  if (mobile) return { e164: `+44${mobile[1]}`, type: 'MOBILE' };
  const geographic = UK_GEOGRAPHIC.exec(compact);
  if (geographic) return { e164: `+44${geographic[1]}`, type: 'FIXED_LINE' };
  return slowPath(raw.trim(), label);
}

function slowPath(raw: string, label: string): NormalisedPhone {
  const international = raw.startsWith('+') || raw.startsWith('00');
  const problem = {
    problem: international
      ? `${label} '${raw}' is not a valid phone number`
      : `${label} '${raw}' is not a UK number`,
  };
  if (!/\d/.test(raw) || raw.length > 40) return problem;
  const dialled = raw.replace(UK_TRUNK_AFTER_COUNTRY, '+44');
  try {
    const parsed = parsePhoneNumberWithError(
      dialled.startsWith('00') ? `+${dialled.slice(2)}` : dialled,
      { defaultCountry: 'GB' },
    );
    if (!parsed.isValid()) return problem;
    return { e164: parsed.number, type: parsed.getType() ?? 'UNKNOWN' };
  } catch {
    return problem;
  }
}
