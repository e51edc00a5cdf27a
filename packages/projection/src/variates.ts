// Seeded random draws for the simulations, on the count's own generator (Lot), so a
// projection with the same seed gives the same figures on every machine.

import { Lot } from '@phonebank/stv';

/** Below this mean a binomial is drawn exactly; above it the normal approximation is within a voter. */
const EXACT_BINOMIAL_MEAN = 30;

export class Variates {
  private readonly lot: Lot;
  private spare: number | null = null;

  constructor(seed: number) {
    this.lot = new Lot(seed);
  }

  uniform(): number {
    return this.lot.next();
  }

  /** A whole number for seeding something else (each simulation's drawing of lots). */
  seed(): number {
    return Math.floor(this.lot.next() * 4294967296);
  }

  /** Standard normal (Box-Muller, both values used). */
  normal(): number {
    if (this.spare !== null) {
      const value = this.spare;
      this.spare = null;
      return value;
    }
    const u = 1 - this.lot.next();
    const v = this.lot.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /** How many of `n` members do something that each does with chance `p`. */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const mean = n * p;
    if (mean < EXACT_BINOMIAL_MEAN) return this.binomialByInversion(n, p);
    const x = Math.round(mean + Math.sqrt(mean * (1 - p)) * this.normal());
    return Math.min(n, Math.max(0, x));
  }

  /** Splits `n` over outcomes with the given weights (any non-negative numbers). */
  multinomial(n: number, weights: readonly number[]): number[] {
    const drawn = new Array<number>(weights.length).fill(0);
    let left = n;
    let rest = weights.reduce((sum, w) => sum + w, 0);
    for (let i = 0; i < weights.length && left > 0 && rest > 0; i += 1) {
      const x = i === weights.length - 1 ? left : this.binomial(left, weights[i] / rest);
      drawn[i] = x;
      left -= x;
      rest -= weights[i];
    }
    return drawn;
  }

  /** Sequential search of the binomial distribution (Kachitvichyanukul & Schmeiser's BINV). */
  private binomialByInversion(n: number, p: number): number {
    const q = 1 - p;
    const s = p / q;
    const a = (n + 1) * s;
    let r = q ** n;
    let u = this.lot.next();
    let x = 0;
    while (u > r && x < n) {
      u -= r;
      x += 1;
      r *= a / x - s;
    }
    return x;
  }
}
