import { prepared } from './prepared-statement';

describe('prepared', () => {
  it('names a statement, frozen', () => {
    const statement = prepared('spec_select_one', 'SELECT 1');
    expect(statement).toEqual({ name: 'spec_select_one', text: 'SELECT 1' });
    expect(Object.isFrozen(statement)).toBe(true);
  });

  it('takes the same statement under its name again (a module loaded twice)', () => {
    prepared('spec_select_two', 'SELECT 2');
    expect(prepared('spec_select_two', 'SELECT 2').text).toBe('SELECT 2');
  });

  it('refuses another statement under a name already taken', () => {
    prepared('spec_select_three', 'SELECT 3');
    expect(() => prepared('spec_select_three', 'SELECT 4')).toThrow(
      'The prepared statement name "spec_select_three" is already taken by another statement.',
    );
  });
});
