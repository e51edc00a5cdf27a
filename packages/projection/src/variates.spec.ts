import { apportion } from './scenario';
import { Variates } from './variates';

function moments(draw: () => number, times: number) {
  const xs = Array.from({ length: times }, draw);
  const mean = xs.reduce((a, b) => a + b, 0) / times;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (times - 1);
  return { mean, variance, xs };
}

describe('seeded random draws', () => {
  it('repeat for the same seed', () => {
    const a = new Variates(11);
    const b = new Variates(11);
    for (let i = 0; i < 50; i += 1) expect(a.binomial(1000, 0.3)).toBe(b.binomial(1000, 0.3));
  });

  it.each([
    [40, 0.1],
    [1_000, 0.02],
    [10_000, 0.3],
    [500, 0.9],
  ])('draw binomials of %i members with chance %f with the right mean and spread', (n, p) => {
    const random = new Variates(n);
    const { mean, variance, xs } = moments(() => random.binomial(n, p), 4_000);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
    // Standard error of the mean is sqrt(npq/4000); allow five of them.
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / 4_000));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.85);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.15);
  });

  it('split a multinomial into parts that add up, none where the weight is 0', () => {
    const random = new Variates(3);
    for (let i = 0; i < 100; i += 1) {
      const parts = random.multinomial(777, [0.2, 0, 0.5, 0.3]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(777);
      expect(parts[1]).toBe(0);
    }
  });
});

describe('apportioning by largest remainders', () => {
  it('gives whole numbers adding up to the total, each within one of its share', () => {
    const amounts = [3.3, 0.2, 7.9, 1.6, 0];
    const total = 15;
    const whole = apportion(amounts, total);
    expect(whole.reduce((a, b) => a + b, 0)).toBe(total);
    const sum = amounts.reduce((a, b) => a + b, 0);
    whole.forEach((w, i) => expect(Math.abs(w - (amounts[i] * total) / sum)).toBeLessThan(1));
    expect(whole[4]).toBe(0);
  });
});
