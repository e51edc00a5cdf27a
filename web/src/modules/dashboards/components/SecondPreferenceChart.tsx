import { type SecondPreferenceAnswer } from '../../../gql/graphql';
import { barsInWords, type Category, categoryBars } from '../utils/shares';
import { BarChart } from './BarChart';
import { type ChartHeading } from './ChartFigure';

export interface SecondPreferenceChartProps extends ChartHeading {
  secondPreferences: readonly { answer: SecondPreferenceAnswer; count: number }[];
}

const ANSWERS: readonly Category<SecondPreferenceAnswer>[] = [
  { key: 'AGREED', label: 'Agreed', colour: 'var(--pb-colour-success)' },
  { key: 'UNSURE', label: 'Unsure', colour: 'var(--pb-colour-border-strong)' },
  { key: 'DECLINED', label: 'Declined', colour: 'var(--pb-colour-danger)' },
  { key: 'NOT_ASKED', label: 'Not asked', colour: 'var(--pb-colour-text-muted)' },
];

/** Answers to "will you rank our candidate next?" from members whose first choice is not ours. */
export function SecondPreferenceChart({
  secondPreferences,
  headingLevel,
}: SecondPreferenceChartProps) {
  const bars = categoryBars(
    ANSWERS,
    secondPreferences.map((row) => ({ key: row.answer, count: row.count })),
  );
  return (
    <BarChart
      headingLevel={headingLevel}
      title="Second-preference ask"
      summary={`Answers to the second-preference ask: ${barsInWords(bars)}.`}
      bars={bars}
      labelHeader="Answer"
      valueHeader="Members"
      empty="Nobody has been asked for a second preference yet."
    />
  );
}
