const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The end of a chart's scale: a round number a little above the largest value, so bars never
 * touch the edge and a reference line (the quota) always fits. 1 when there is nothing to show.
 */
export function scaleTop(values: readonly number[]): number {
  const largest = Math.max(0, ...values.filter(Number.isFinite)) * 1.05;
  if (largest <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = NICE_STEPS.find((candidate) => candidate * magnitude >= largest) ?? 10;
  return step * magnitude;
}

/** Where a value sits along a scale ending at `top`, as an SVG/CSS percentage, clamped to 0–100%. */
export function position(value: number, top: number): string {
  const share = top > 0 ? Math.min(Math.max(value / top, 0), 1) : 0;
  return `${Number((share * 100).toFixed(2))}%`;
}
