import { type ChartCandidate, type ChartCandidateCount } from '../utils/chart-types';
import { count, percent } from '../utils/dashboard-format';
import { BarChart } from './BarChart';
import { type ChartHeading } from './ChartFigure';

export interface ChancesChartProps extends ChartHeading {
  /** For each candidate, the number of simulations in which they were elected. */
  chances: readonly ChartCandidateCount[];
  simulations: number;
  /** Elected in the central scenario (the assumptions without variation). */
  elected: readonly Pick<ChartCandidate, 'id'>[];
}

/** Each candidate's chance of election across the simulated counts. */
export function ChancesChart({ chances, simulations, elected, headingLevel }: ChancesChartProps) {
  const electedIds = new Set(elected.map((candidate) => candidate.id));
  const bars = [...chances]
    .sort((a, b) => b.count - a.count || a.candidate.name.localeCompare(b.candidate.name))
    .map(({ candidate, count: wins }) => {
      const chance = simulations > 0 ? wins / simulations : 0;
      const notes = [
        candidate.slate?.ours ? 'ours' : '',
        electedIds.has(candidate.id) ? 'elected' : '',
      ].filter(Boolean);
      return {
        key: candidate.id,
        label: candidate.name,
        value: chance,
        valueText: percent.format(chance),
        colour: candidate.slate?.colour,
        note: notes.length > 0 ? notes.join(', ') : undefined,
      };
    });
  return (
    <BarChart
      headingLevel={headingLevel}
      title="Chance of election"
      summary={`Chance of election over ${count.format(simulations)} simulated counts: ${bars
        .map((bar) => `${bar.label}${bar.note ? ` (${bar.note})` : ''} ${bar.valueText}`)
        .join(', ')}.`}
      bars={bars}
      top={1}
      labelHeader="Candidate"
      valueHeader="Chance"
      empty="The projection has no candidates."
      legend={<span>“elected”: elected in the central scenario, with no random variation.</span>}
    />
  );
}
