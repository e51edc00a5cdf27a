import { ImportFailure, isTransientFailure } from './import-failure';

describe('which import failures pg-boss tries again', () => {
  it('tries again when the database or its connection was away', () => {
    for (const code of ['08006', '40001', '40P01', '53300', '57P01', 'ECONNRESET'])
      expect(isTransientFailure(Object.assign(new Error('lost'), { code }))).toBe(true);
    expect(isTransientFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('fails at once what would fail again: the file, bad data, a limit, a bug', () => {
    expect(isTransientFailure(new ImportFailure('The file has no header line.'))).toBe(false);
    for (const code of ['22P02', '23505', '42601', '54001'])
      expect(isTransientFailure(Object.assign(new Error('bad'), { code }))).toBe(false);
    expect(isTransientFailure(new RangeError('Maximum call stack size exceeded'))).toBe(false);
  });
});
