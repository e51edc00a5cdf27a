/** The heat map's darkest colour (the brand's), as RGB. */
const DARK = [122, 31, 61] as const;
const LIGHT = [255, 255, 255] as const;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: readonly number[]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours' luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface HeatColour {
  background: string;
  /** Black or white, whichever reads better on the background (never below 4.5:1). */
  text: string;
}

/** A cell's colours for a share from 0 (white) to 1 (the brand colour). */
export function heatColour(share: number): HeatColour {
  const t = Math.min(Math.max(share, 0), 1);
  const rgb = LIGHT.map((light, i) => Math.round(light + (DARK[i] - light) * t));
  const level = luminance(rgb);
  const onBlack = contrast(level, 0);
  const onWhite = contrast(level, 1);
  return {
    background: `rgb(${rgb.join(' ')})`,
    text: onBlack >= onWhite ? '#000000' : '#ffffff',
  };
}

/** The luminance of an `rgb(r g b)` or `#rrggbb` colour this module made. */
export function luminanceOf(colour: string): number {
  const parts = colour.startsWith('#')
    ? [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16))
    : colour
        .replace(/[^\d ]/g, '')
        .trim()
        .split(/\s+/)
        .map(Number);
  return luminance(parts);
}
