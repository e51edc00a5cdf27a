import { escapeLike, maskPhone, phoneSearchPrefix, postcodeSearchPrefix } from './member-search';

describe('members search helpers', () => {
  it('reads phone-like searches as E.164 prefixes, a leading 0 as +44', () => {
    expect(phoneSearchPrefix('07700 900123')).toBe('+447700900123');
    expect(phoneSearchPrefix('+44 7700')).toBe('+447700');
    expect(phoneSearchPrefix('447700900')).toBe('+447700900');
    expect(phoneSearchPrefix('0044 20 7946')).toBe('+44207946');
    expect(phoneSearchPrefix('(020) 7946-0123')).toBe('+442079460123');
    expect(phoneSearchPrefix('123')).toBeUndefined();
    expect(phoneSearchPrefix('Smith')).toBeUndefined();
  });

  it('ignores spaces and case in postcodes', () => {
    expect(postcodeSearchPrefix('sw1a 1aa')).toBe('SW1A1AA');
    expect(postcodeSearchPrefix('N1')).toBe('N1');
    expect(postcodeSearchPrefix('jo hn')).toBe('JOHN');
    expect(postcodeSearchPrefix('O’Brien')).toBeUndefined();
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('masks all but the country code and the last four digits', () => {
    expect(maskPhone('+447700900123')).toBe('+44 •••• ••0123');
    expect(maskPhone('+12025550123')).toBe('+1 •••• ••0123');
    expect(maskPhone('+353851234567')).toBe('+353 •••• ••4567');
    expect(maskPhone(null)).toBeNull();
  });
});
