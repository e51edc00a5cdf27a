import { candidateBars } from '../utils/candidate-bars';
import { type ChartCandidateCount } from '../utils/chart-types';
import { barsInWords } from '../utils/shares';
import { BarChart } from './BarChart';
import { type ChartHeading } from './ChartFigure';

export interface SecondPreferenceCandidatesChartProps extends ChartHeading {
  /** Agreed asks per candidate of ours asked for. */
  secondPreferenceCandidates: readonly ChartCandidateCount[];
}

/** Whom the members who agreed to the second-preference ask will rank next. */
export function SecondPreferenceCandidatesChart({
  secondPreferenceCandidates,
  headingLevel,
}: SecondPreferenceCandidatesChartProps) {
  // Every candidate here is ours: saying so on each bar would say nothing.
  const bars = candidateBars(secondPreferenceCandidates).map((bar) => ({
    ...bar,
    note: undefined,
  }));
  const agreed = bars.some((bar) => bar.value > 0);
  return (
    <BarChart
      headingLevel={headingLevel}
      title="Agreed, by our candidate"
      summary={`Agreed second-preference asks by our candidate: ${barsInWords(bars)}.`}
      bars={agreed ? bars : []}
      labelHeader="Candidate"
      valueHeader="Agreed to rank next"
      empty="Nobody has agreed to rank one of ours next yet."
    />
  );
}
