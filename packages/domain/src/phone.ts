import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

// Phone numbers are stored in E.164. Most of a UK membership file is in one of a few
// plain shapes (07700 900123, +44 7700 900123, 020 7946 0123): those are normalised
// by a pattern, and only the rest go through libphonenumber (~24 µs a number).

export type NormalisedPhone = { e164: string; type: string } | { problem: string };

const SEPARATORS = /[\s\-().]/g;
const UK_MOBILE = /^(?:0|\+44|0044|44)(7[1-57-9]\d{8})$/;
const UK_GEOGRAPHIC = /^(?:0|\+44|0044|44)(1[1-9]\d{8}|2\d{9})$/;

/** E.164 and libphonenumber's type (MOBILE, FIXED_LINE, ...), or why the number is unusable. */
export function normaliseUkPhone(raw: string): NormalisedPhone {
  const compact = raw.replace(SEPARATORS, '');
  const mobile = UK_MOBILE.exec(compact);
  if (mobile) return { e164: `+44${mobile[1]}`, type: 'MOBILE' };
  const geographic = UK_GEOGRAPHIC.exec(compact);
  if (geographic) return { e164: `+44${geographic[1]}`, type: 'FIXED_LINE' };
  return slowPath(raw.trim());
}

function slowPath(raw: string): NormalisedPhone {
  const international = raw.startsWith('+') || raw.startsWith('00');
  const problem = {
    problem: international
      ? `phone '${raw}' is not a valid phone number`
      : `phone '${raw}' is not a UK number`,
  };
  if (!/\d/.test(raw) || raw.length > 40) return problem;
  try {
    const parsed = parsePhoneNumberWithError(raw.startsWith('00') ? `+${raw.slice(2)}` : raw, {
      defaultCountry: 'GB',
    });
    if (!parsed.isValid()) return problem;
    return { e164: parsed.number, type: parsed.getType() ?? 'UNKNOWN' };
  } catch {
    return problem;
  }
}
