// Reads BLT files as published (OpenSTV, Droop, Scottish council ballot data). Real files
// carry quirks that must be accepted; anything else is refused with the line number, so
// whoever fixes the file knows where to look.

import { type Ballot, type Election } from './election';

export class BltParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'BltParseError';
  }
}

type Token = { kind: 'number'; value: number; text: string } | { kind: 'string'; value: string };

interface Line {
  number: number;
  tokens: Token[];
}

const INTEGER = /^-?\d+$/;

/** Splits one physical line into numbers and quoted strings, dropping `#` comments. */
function tokenize(text: string, lineNumber: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') {
      i += 1;
    } else if (ch === '#') {
      break;
    } else if (ch === '"') {
      // A doubled quote inside a name stands for one quote character.
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new BltParseError(lineNumber, 'a quoted name is not closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
      if (i < text.length && !/[\s#]/.test(text[i])) {
        throw new BltParseError(lineNumber, `unexpected '${text[i]}' after a quoted name`);
      }
      tokens.push({ kind: 'string', value });
    } else {
      let end = i;
      while (end < text.length && !/[\s#"]/.test(text[end])) end += 1;
      const word = text.slice(i, end);
      if (!INTEGER.test(word)) {
        throw new BltParseError(lineNumber, `'${word}' is not a whole number`);
      }
      const value = Number(word);
      if (!Number.isSafeInteger(value)) throw new BltParseError(lineNumber, `${word} is too large`);
      tokens.push({ kind: 'number', value, text: word });
      i = end;
    }
  }
  return tokens;
}

function numbersOf(line: Line, what: string): number[] {
  return line.tokens.map((t) => {
    if (t.kind !== 'number')
      throw new BltParseError(line.number, `expected ${what}, found a quoted name`);
    return t.value;
  });
}

/**
 * Names are display strings: runs of spaces inside the quotes are layout noise from
 * hand-edited files (Glasgow's Canal ward has "Ellen   Hurcombe"), so they collapse to one.
 */
function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ');
}

export function parseBlt(text: string): Election {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: Line[] = [];
  source.split('\n').forEach((raw, index) => {
    const tokens = tokenize(raw, index + 1);
    if (tokens.length > 0) lines.push({ number: index + 1, tokens });
  });
  const lastLine = source.split('\n').length;
  let at = 0;

  const header = lines[at++];
  if (!header) throw new BltParseError(lastLine, 'the file is empty: expected "candidates seats"');
  const head = numbersOf(header, '"candidates seats"');
  if (head.length !== 2) {
    throw new BltParseError(
      header.number,
      'the first line must be two numbers: candidates and seats',
    );
  }
  const [candidateCount, seats] = head;
  if (candidateCount < 1)
    throw new BltParseError(header.number, 'there must be at least one candidate');
  if (seats < 1) throw new BltParseError(header.number, 'there must be at least one seat');
  if (seats > candidateCount) {
    throw new BltParseError(
      header.number,
      `${seats} seats cannot be filled from ${candidateCount} candidates`,
    );
  }

  const withdrawn: number[] = [];
  const maybeWithdrawn = lines[at];
  if (maybeWithdrawn?.tokens.every((t) => t.kind === 'number' && t.value < 0)) {
    for (const value of numbersOf(maybeWithdrawn, 'withdrawn candidates')) {
      const candidate = -value;
      if (candidate > candidateCount) {
        throw new BltParseError(
          maybeWithdrawn.number,
          `withdrawn candidate ${candidate} does not exist`,
        );
      }
      if (!withdrawn.includes(candidate - 1)) withdrawn.push(candidate - 1);
    }
    at += 1;
  }

  const ballots: Ballot[] = [];
  for (;;) {
    const line = lines[at++];
    if (!line)
      throw new BltParseError(lastLine, 'the file ends before the line 0 that closes the ballots');
    const numbers = numbersOf(line, 'a ballot "weight preferences... 0" or the closing 0');
    if (numbers.length === 1 && numbers[0] === 0) break;
    const [weight, ...rest] = numbers;
    if (weight <= 0)
      throw new BltParseError(line.number, `a ballot's weight must be positive, not ${weight}`);
    // The closing 0 of a ballot is optional in real files; a 0 anywhere else is not BLT.
    const prefs = rest[rest.length - 1] === 0 ? rest.slice(0, -1) : rest;
    const preferences: number[] = [];
    for (const p of prefs) {
      if (p < 1 || p > candidateCount) {
        throw new BltParseError(
          line.number,
          `candidate ${p} does not exist (there are ${candidateCount})`,
        );
      }
      if (preferences.includes(p - 1))
        throw new BltParseError(line.number, `candidate ${p} is ranked twice`);
      preferences.push(p - 1);
    }
    ballots.push({ weight, preferences });
  }

  const strings: { value: string; line: number }[] = [];
  for (; at < lines.length; at += 1) {
    for (const token of lines[at].tokens) {
      if (token.kind !== 'string') {
        throw new BltParseError(lines[at].number, `expected a quoted name, found ${token.text}`);
      }
      strings.push({ value: token.value, line: lines[at].number });
    }
  }
  if (strings.length < candidateCount) {
    throw new BltParseError(
      lastLine,
      `expected ${candidateCount} candidate names and a title, found ${strings.length} quoted strings`,
    );
  }
  if (strings.length > candidateCount + 1) {
    throw new BltParseError(strings[candidateCount + 1].line, 'unexpected text after the title');
  }
  const candidates = strings.slice(0, candidateCount).map((s) => normaliseName(s.value));
  const title = strings.length > candidateCount ? normaliseName(strings[candidateCount].value) : '';
  return { title, seats, candidates, withdrawn, ballots };
}
