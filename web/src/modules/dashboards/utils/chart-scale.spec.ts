import { position, scaleTop } from './chart-scale';

describe('a chart’s scale', () => {
  it('ends at a round number a little above the largest value', () => {
    expect(scaleTop([40, 50])).toBe(60);
    expect(scaleTop([1234])).toBe(1500);
    expect(scaleTop([9])).toBe(10);
    expect(scaleTop([0.62])).toBe(0.8);
  });

  it('is 1 when there is nothing to show, so nothing divides by zero', () => {
    expect(scaleTop([])).toBe(1);
    expect(scaleTop([0, 0])).toBe(1);
    expect(scaleTop([Number.NaN])).toBe(1);
  });

  it('places a value as a percentage of the scale, kept within it', () => {
    expect(position(30, 60)).toBe('50%');
    expect(position(1, 3)).toBe('33.33%');
    expect(position(-5, 60)).toBe('0%');
    expect(position(90, 60)).toBe('100%');
    expect(position(5, 0)).toBe('0%');
  });
});
