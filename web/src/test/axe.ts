import axe from 'axe-core';

/** Runs axe on rendered markup and returns the serious and critical findings, described. */
export async function seriousAccessibilityProblems(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    // jsdom does not lay out or paint, so contrast cannot be judged here (the browser tests do).
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}
