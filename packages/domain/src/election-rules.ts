// Rules for an election's shape, shared so the admin screens warn with the same words
// the API refuses with. Each check returns problems as { field, message }; none means valid.

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ReservedMinimum {
  tag: string;
  count: number;
}

export const REGION_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,15}$/;
export const TAG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,31}$/;
export const HEX_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const MAX_SEATS = 100;
export const MAX_NAME_LENGTH = 120;

export function normaliseRegionCode(code: string): string {
  return code.trim().toUpperCase();
}

export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase();
}

export function checkName(field: string, name: string): FieldProblem[] {
  const trimmed = name.trim();
  if (trimmed.length === 0) return [{ field, message: `${field} must not be empty.` }];
  if (trimmed.length > MAX_NAME_LENGTH) {
    return [{ field, message: `${field} must be at most ${MAX_NAME_LENGTH} characters.` }];
  }
  return [];
}

export function checkRegionCode(code: string): FieldProblem[] {
  if (!REGION_CODE_PATTERN.test(normaliseRegionCode(code))) {
    return [
      {
        field: 'code',
        message: `code '${code}' must be 1–16 letters, digits, '-' or '_' (for example LDN or SE).`,
      },
    ];
  }
  return [];
}

export function checkSeats(seats: number): FieldProblem[] {
  if (!Number.isInteger(seats) || seats < 1 || seats > MAX_SEATS) {
    return [
      {
        field: 'seats',
        message: `seats must be a whole number from 1 to ${MAX_SEATS}; got ${seats}.`,
      },
    ];
  }
  return [];
}

/** Each minimum names a tag once, asks for at least one seat, and no minimum exceeds the seats. */
export function checkMinima(seats: number, minima: readonly ReservedMinimum[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  minima.forEach((minimum, index) => {
    const field = `minima[${index}]`;
    const tag = normaliseTag(minimum.tag);
    if (!TAG_PATTERN.test(tag)) {
      problems.push({
        field: `${field}.tag`,
        message: `tag '${minimum.tag}' must be 1–32 lower-case letters, digits, '-' or '_'.`,
      });
    } else if (seen.has(tag)) {
      problems.push({
        field: `${field}.tag`,
        message: `tag '${tag}' has more than one minimum; give it one.`,
      });
    }
    seen.add(tag);
    if (!Number.isInteger(minimum.count) || minimum.count < 1) {
      problems.push({
        field: `${field}.count`,
        message: `the minimum for '${tag}' must be a whole number of at least 1.`,
      });
    } else if (minimum.count > seats) {
      problems.push({
        field: `${field}.count`,
        message: `the minimum for '${tag}' (${minimum.count}) cannot exceed the region's ${seats} seats.`,
      });
    }
  });
  return problems;
}

export function checkTags(tags: readonly string[]): FieldProblem[] {
  return tags.flatMap((tag, index) =>
    TAG_PATTERN.test(normaliseTag(tag))
      ? []
      : [
          {
            field: `tags[${index}]`,
            message: `tag '${tag}' must be 1–32 lower-case letters, digits, '-' or '_'.`,
          },
        ],
  );
}

export function checkColour(colour: string): FieldProblem[] {
  return HEX_COLOUR_PATTERN.test(colour)
    ? []
    : [{ field: 'colour', message: `colour '${colour}' must be a hex colour such as #d62828.` }];
}
