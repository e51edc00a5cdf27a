import { parseMemberTags, resolveHeader } from './member-columns';

describe('resolveHeader', () => {
  it('finds our columns by name, case-insensitive', () => {
    expect(resolveHeader(['Membership_Number', 'FIRST_NAME', 'phone'])).toEqual({
      ok: true,
      columns: { membership_number: 0, first_name: 1, phone: 2 },
    });
  });

  it('finds them by their usual aliases', () => {
    expect(
      resolveHeader([
        'Membership No',
        'Forename',
        'Surname',
        'Mobile',
        'Post Code',
        'Email Address',
      ]),
    ).toEqual({
      ok: true,
      columns: {
        membership_number: 0,
        first_name: 1,
        last_name: 2,
        phone: 3,
        postcode: 4,
        email: 5,
      },
    });
  });

  it('takes an explicit mapping over the aliases', () => {
    expect(
      resolveHeader(['Ref', 'Mobile', 'Home tel'], { membership_number: 'ref', phone: 'Home tel' }),
    ).toEqual({
      ok: true,
      columns: { membership_number: 0, phone: 2 },
    });
  });

  it('names the missing required column and the columns the file has', () => {
    expect(resolveHeader(['Name', 'Mobile'])).toEqual({
      ok: false,
      problems: ["the file has no membership_number column; map one of: 'Name', 'Mobile'"],
    });
  });

  it('refuses a mapping to a column the file lacks, or to one that is not ours', () => {
    const result = resolveHeader(['membership_number'], { phone: 'Mobile', colour: 'x' } as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      "the mapping names 'colour', which is not a member column (membership_number, first_name, last_name, phone, landline, email, postcode, region, tags)",
      "the mapping gives 'Mobile' for phone, but the file has no such column",
    ]);
  });
});

describe('parseMemberTags', () => {
  it('splits, lower-cases, hyphenates spaces and drops repeats', () => {
    expect(parseMemberTags('Trade union; Young members,trade union | NHS')).toEqual({
      tags: ['trade-union', 'young-members', 'nhs'],
    });
    expect(parseMemberTags(' ; ')).toEqual({ tags: [] });
  });

  it('names a tag it cannot take', () => {
    expect(parseMemberTags('ok, not/ok')).toEqual({
      problem: "tag 'not/ok' must be 1–32 letters, digits, - or _",
    });
  });

  it('maps a mobile and a home phone column side by side', () => {
    expect(resolveHeader(['Membership No', 'Mobile', 'Home Phone'])).toEqual({
      ok: true,
      columns: { membership_number: 0, phone: 1, landline: 2 },
    });
  });
});
