import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { fieldsNamed, placeProblems } from './errors';

describe('placing API problems on a form', () => {
  const error = new CombinedGraphQLErrors({
    data: null,
    errors: [
      {
        message: 'seats must be a whole number from 1 to 100; got 0.',
        extensions: { code: 'BAD_USER_INPUT', field: 'seats' },
      },
      {
        message: 'a region with code LDN already exists.',
        extensions: { code: 'CONFLICT', field: 'code' },
      },
      { message: 'unknown thing', extensions: { code: 'BAD_USER_INPUT', field: 'elsewhere' } },
    ],
  });

  it('puts a bad input next to the field it names and everything else in the alert', () => {
    const placed = placeProblems(error, fieldsNamed('seats', 'code'));
    expect(placed.fieldErrors).toEqual({
      seats: 'seats must be a whole number from 1 to 100; got 0.',
    });
    expect(placed.messages).toEqual(['a region with code LDN already exists.', 'unknown thing']);
  });

  it('explains a network failure in words a volunteer understands', () => {
    expect(placeProblems(new Error('Failed to fetch'), fieldsNamed()).messages[0]).toMatch(
      /could not reach the server/,
    );
  });
});
