import { safeReturnPath, signInPathReturningTo } from './return-path';

describe('the path to return to after sign-in', () => {
  it('keeps a path inside Phonebank', () => {
    expect(safeReturnPath('/elections/e1?tab=regions')).toBe('/elections/e1?tab=regions');
    expect(signInPathReturningTo('/users')).toBe('/sign-in?next=%2Fusers');
  });

  it('never sends a user to another site or back to the sign-in page', () => {
    expect(safeReturnPath('//evil.example/phish')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/sign-in?next=/x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
