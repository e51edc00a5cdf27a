import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

import { normaliseUkPhone } from './phone';

describe('normaliseUkPhone', () => {
  it.each([
    ['07700 900123', '+447700900123', 'MOBILE'],
    ['+44 7700 900123', '+447700900123', 'MOBILE'],
    ['0044-7700-900-123', '+447700900123', 'MOBILE'],
    ['020 7946 0123', '+442079460123', 'FIXED_LINE'],
    ['(0113) 496 0123', '+441134960123', 'FIXED_LINE'],
    ['+44 28 9649 6123', '+442896496123', 'FIXED_LINE'],
    // The ways UK membership lists write a number.
    ['+44 (0)7700 900034', '+447700900034', 'MOBILE'],
    ['+44(0)7700900034', '+447700900034', 'MOBILE'],
    ['0044 (0) 7700 900034', '+447700900034', 'MOBILE'],
    ['0044 7700 900034', '+447700900034', 'MOBILE'],
    ['(07700) 900034', '+447700900034', 'MOBILE'],
    ['07700-900-034', '+447700900034', 'MOBILE'],
    ['+44 7700 900034', '+447700900034', 'MOBILE'],
    ['447700900034', '+447700900034', 'MOBILE'],
    ['07700.900.034', '+447700900034', 'MOBILE'],
    [' 07700 900 034 ', '+447700900034', 'MOBILE'],
    ['+44 (0)20 7946 0123', '+442079460123', 'FIXED_LINE'],
    ['+44 (0)300 123 4567', '+443001234567', 'UAN'],
  ])('normalises %s to %s (%s)', (raw, e164, type) => {
    expect(normaliseUkPhone(raw)).toEqual({ e164, type });
  });

  it('agrees with libphonenumber on the shapes it takes a short cut for', () => {
    for (const raw of ['07700900123', '07911123456', '02079460123', '01134960000', '01632960123']) {
      const fast = normaliseUkPhone(raw);
      const parsed = parsePhoneNumberWithError(raw, { defaultCountry: 'GB' });
      expect(fast).toEqual({ e164: parsed.number, type: expect.any(String) });
    }
  });

  it('sends other shapes through libphonenumber: a non-geographic number, a foreign one', () => {
    expect(normaliseUkPhone('0300 123 4567')).toEqual({ e164: '+443001234567', type: 'UAN' });
    expect(normaliseUkPhone('+33 1 42 68 53 00')).toEqual({
      e164: '+33142685300',
      type: 'FIXED_LINE',
    });
  });

  it('says why a number is unusable, quoting it', () => {
    expect(normaliseUkPhone('12345')).toEqual({ problem: "phone '12345' is not a UK number" });
    expect(normaliseUkPhone('call me')).toEqual({ problem: "phone 'call me' is not a UK number" });
    expect(normaliseUkPhone('+99 123')).toEqual({
      problem: "phone '+99 123' is not a valid phone number",
    });
    expect(normaliseUkPhone('12345', 'home phone')).toEqual({
      problem: "home phone '12345' is not a UK number",
    });
  });
});
