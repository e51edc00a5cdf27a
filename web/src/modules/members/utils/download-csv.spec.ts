import { fileNameFrom } from './download-csv';

describe('the export file name', () => {
  it('comes from the Content-Disposition header', () => {
    expect(fileNameFrom('attachment; filename="members-2026-03-01.csv"', 'x.csv')).toBe(
      'members-2026-03-01.csv',
    );
    expect(fileNameFrom("attachment; filename*=UTF-8''pledges%20LE.csv", 'x.csv')).toBe(
      'pledges LE.csv',
    );
    expect(fileNameFrom(null, 'members.csv')).toBe('members.csv');
  });
});
