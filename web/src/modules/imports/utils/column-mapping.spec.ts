import { resolveHeader } from '@phonebank/domain';

import { autoMapColumns, mappingForUpload, mappingProblems } from './column-mapping';

describe('mapping a file’s columns', () => {
  it('pre-fills each column from its name or an alias, ignoring case and spaces', () => {
    const headers = [
      'Membership No',
      'Forename',
      'SURNAME',
      'Mobile Number',
      ' Post Code ',
      'Notes',
    ];
    expect(autoMapColumns(headers)).toEqual({
      membership_number: 'Membership No',
      first_name: 'Forename',
      last_name: 'SURNAME',
      phone: 'Mobile Number',
      postcode: ' Post Code ',
    });
  });

  it('maps the way the server reads the header', () => {
    const headers = [
      'member_id',
      'given name',
      'family name',
      'tel',
      'e-mail',
      'zip',
      'region code',
    ];
    const resolved = resolveHeader(headers);
    if (!resolved.ok) throw new Error(resolved.problems.join('; '));
    const mapping = autoMapColumns(headers);
    for (const [column, index] of Object.entries(resolved.columns)) {
      expect(mapping[column as keyof typeof mapping]).toBe(headers[index]);
    }
  });

  it('says when the membership number is missing or a header is used twice', () => {
    expect(mappingProblems({ phone: 'Mobile' })).toEqual([
      'Choose the column that holds membership number.',
    ]);
    expect(mappingProblems({ membership_number: 'ID', phone: 'ID' })).toEqual([
      "'ID' is chosen for both membership number and phone.",
    ]);
    expect(mappingProblems(autoMapColumns(['Membership number', 'Mobile']))).toEqual([]);
  });

  it('sends only the columns that have a header', () => {
    expect(mappingForUpload({ membership_number: 'No', phone: undefined, email: '' })).toEqual({
      membership_number: 'No',
    });
  });
});
