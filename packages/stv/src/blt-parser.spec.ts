import { BltParseError, parseBlt } from './blt-parser';

function refusal(text: string): BltParseError {
  try {
    parseBlt(text);
  } catch (error) {
    if (error instanceof BltParseError) return error;
    throw error;
  }
  throw new Error('the parser accepted a malformed file');
}

const PLAIN = ['3 2', '4 1 2 0', '2 3 0', '0', '"Ann"', '"Bob"', '"Cat"', '"Title"', ''].join('\n');

describe('reading BLT files', () => {
  it('reads candidates, seats, weighted ballots and the title', () => {
    expect(parseBlt(PLAIN)).toEqual({
      title: 'Title',
      seats: 2,
      candidates: ['Ann', 'Bob', 'Cat'],
      withdrawn: [],
      ballots: [
        { weight: 4, preferences: [0, 1] },
        { weight: 2, preferences: [2] },
      ],
    });
  });

  it('takes a line of negative numbers after the header as withdrawn candidates', () => {
    const election = parseBlt(
      ['3 1', '-2 -3', '1 2 1 0', '0', '"A"', '"B"', '"C"', '"T"'].join('\n'),
    );
    expect(election.withdrawn).toEqual([1, 2]);
    expect(election.ballots).toEqual([{ weight: 1, preferences: [1, 0] }]);
  });

  it('ignores comments, blank lines and padding around lines', () => {
    const text = [
      '# a comment',
      '',
      '  3 2   # header',
      '\t4 1 2 0  ',
      '',
      '2 3 0',
      '0',
      '"Ann" # first',
      '"Bob"',
      '"Cat"',
      '"Title"',
    ].join('\n');
    const election = parseBlt(text);
    expect(election.candidates).toEqual(['Ann', 'Bob', 'Cat']);
    expect(election.ballots).toHaveLength(2);
  });

  it('keeps a # inside a quoted name', () => {
    expect(parseBlt(PLAIN.replace('"Bob"', '"Bob #2"')).candidates[1]).toBe('Bob #2');
  });

  it('strips a byte-order mark', () => {
    expect(parseBlt(`\uFEFF${PLAIN}`).seats).toBe(2);
  });

  it('reads doubled quotes inside a name as one quote', () => {
    expect(parseBlt(PLAIN.replace('"Bob"', '"Bob ""The Builder"" Smith"')).candidates[1]).toBe(
      'Bob "The Builder" Smith',
    );
  });

  it('collapses runs of spaces inside names, as published results print them', () => {
    expect(parseBlt(PLAIN.replace('"Bob"', '"Bob   Smith "')).candidates[1]).toBe('Bob Smith ');
  });

  it('accepts ballots without the closing 0', () => {
    expect(parseBlt(PLAIN.replace('4 1 2 0', '4 1 2')).ballots[0]).toEqual({
      weight: 4,
      preferences: [0, 1],
    });
  });

  it('accepts a file without a final newline and with Windows line ends', () => {
    expect(parseBlt(PLAIN.trimEnd()).title).toBe('Title');
    expect(parseBlt(PLAIN.replace(/\n/g, '\r\n')).candidates).toEqual(['Ann', 'Bob', 'Cat']);
  });

  it.each([
    ['a letter in a ballot', PLAIN.replace('2 3 0', '2 x 0'), 3, /'x' is not a whole number/],
    [
      'a candidate that does not exist',
      PLAIN.replace('2 3 0', '2 4 0'),
      3,
      /candidate 4 does not exist/,
    ],
    ['a candidate ranked twice', PLAIN.replace('4 1 2 0', '4 1 2 1 0'), 2, /ranked twice/],
    ['a ballot of weight zero', PLAIN.replace('2 3 0', '0 3 0'), 3, /weight must be positive/],
    ['a header of one number', PLAIN.replace('3 2', '3'), 1, /two numbers/],
    ['more seats than candidates', PLAIN.replace('3 2', '3 4'), 1, /4 seats cannot be filled/],
    [
      'a withdrawn candidate that does not exist',
      PLAIN.replace('3 2\n', '3 2\n-5\n'),
      2,
      /withdrawn candidate 5/,
    ],
    ['a name that is not closed', PLAIN.replace('"Bob"', '"Bob'), 6, /not closed/],
    ['text glued to a name', PLAIN.replace('"Bob"', '"Bob"x'), 6, /after a quoted name/],
    ['a number among the names', PLAIN.replace('"Bob"', '7'), 6, /expected a quoted name/],
    ['a decimal weight', PLAIN.replace('4 1 2 0', '1.5 1 2 0'), 2, /'1.5' is not a whole number/],
    ['something after the title', `${PLAIN}"extra"\n`, 9, /after the title/],
  ])('refuses %s, naming the line', (_what, text, line, message) => {
    const error = refusal(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(new RegExp(`^line ${line}: `));
  });

  it('refuses a file that ends before the closing 0, naming its last line', () => {
    const error = refusal(['3 2', '4 1 2 0', '2 3 0'].join('\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/closes the ballots/);
  });

  it('refuses a file with too few names, naming its last line', () => {
    const error = refusal(['3 2', '4 1 2 0', '0', '"Ann"', '"Bob"'].join('\n'));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/expected 3 candidate names/);
  });

  it('refuses an empty file', () => {
    expect(refusal('\n# nothing\n').message).toMatch(/empty/);
  });
});
