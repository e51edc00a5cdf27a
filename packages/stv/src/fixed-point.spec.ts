import { fixedPoint, formatUnits, mulDivCeil, mulDivFloor } from './fixed-point';

describe('fixed-point amounts', () => {
  const fp = fixedPoint(5);

  it('prints units with exactly the rule’s decimals', () => {
    expect(formatUnits(fp, 138100000n)).toBe('1381.00000');
    expect(formatUnits(fp, 7n)).toBe('0.00007');
    expect(formatUnits(fp, -7n)).toBe('-0.00007');
  });

  it('truncates a transfer value and rounds a keep factor up', () => {
    expect(mulDivFloor(12900000n, 100000n, 204300000n)).toBe(6314n);
    expect(mulDivCeil(12900000n, 100000n, 204300000n)).toBe(6315n);
    expect(mulDivCeil(10n, 10n, 5n)).toBe(20n);
  });
});
