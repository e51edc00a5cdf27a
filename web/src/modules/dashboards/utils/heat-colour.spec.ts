import { contrast, heatColour, luminanceOf } from './heat-colour';

describe('a heat map cell’s colours', () => {
  it('runs from white for nothing to the brand colour for everything', () => {
    expect(heatColour(0).background).toBe('rgb(255 255 255)');
    expect(heatColour(1).background).toBe('rgb(122 31 61)');
    expect(heatColour(2).background).toBe('rgb(122 31 61)');
  });

  it('keeps the number in the cell readable (4.5:1 or better) at every shade', () => {
    for (let step = 0; step <= 100; step += 1) {
      const { background, text } = heatColour(step / 100);
      expect(contrast(luminanceOf(background), luminanceOf(text))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
