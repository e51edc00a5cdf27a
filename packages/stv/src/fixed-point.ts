// Exact decimal arithmetic for counts whose rules fix the number of decimal places
// (five for Scotland, two for ERS97). Amounts are bigint counts of the smallest unit, so
// truncation happens exactly where the rules say and nowhere else: floating point would
// drift in the last digit and golden results must match to that digit.

export interface FixedPoint {
  readonly decimals: number;
  /** How many units make one vote. */
  readonly one: bigint;
}

export function fixedPoint(decimals: number): FixedPoint {
  return { decimals, one: 10n ** BigInt(decimals) };
}

export function votesToUnits(fp: FixedPoint, votes: number | bigint): bigint {
  return BigInt(votes) * fp.one;
}

/** a × b ÷ c, truncated toward zero: the shape of every transfer-value rule. */
export function mulDivFloor(a: bigint, b: bigint, c: bigint): bigint {
  if (c === 0n) throw new RangeError('division by zero in a transfer');
  return (a * b) / c;
}

/** a × b ÷ c, rounded up: Meek rounds keep factors up so elected candidates never fall short. */
export function mulDivCeil(a: bigint, b: bigint, c: bigint): bigint {
  if (c === 0n) throw new RangeError('division by zero in a transfer');
  const product = a * b;
  const q = product / c;
  return q * c === product ? q : q + 1n;
}

/** The fixed-decimal text the rule's stage reports use, e.g. 1381.00000. */
export function formatUnits(fp: FixedPoint, units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / fp.one;
  const frac = (abs % fp.one).toString().padStart(fp.decimals, '0');
  const text = fp.decimals > 0 ? `${whole}.${frac}` : `${whole}`;
  return negative ? `-${text}` : text;
}

export function unitsToNumber(fp: FixedPoint, units: bigint): number {
  return Number(formatUnits(fp, units));
}
