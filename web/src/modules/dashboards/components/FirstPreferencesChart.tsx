import { candidateBars, candidateName } from '../utils/candidate-bars';
import { type ChartCandidateCount } from '../utils/chart-types';
import { count, decimal } from '../utils/dashboard-format';
import { BarChart } from './BarChart';
import { type ChartHeading } from './ChartFigure';

export interface FirstPreferencesChartProps extends ChartHeading {
  firstPreferences: readonly ChartCandidateCount[];
  quota: number;
}

/** Pledged members' first choices per candidate, against the quota a candidate needs. */
export function FirstPreferencesChart({
  firstPreferences,
  quota,
  headingLevel,
}: FirstPreferencesChartProps) {
  const total = firstPreferences.reduce((sum, row) => sum + row.count, 0);
  const bars = total > 0 ? candidateBars(firstPreferences) : [];
  const over = firstPreferences.filter((row) => quota > 0 && row.count >= quota).length;
  const quotaText = quota > 0 ? `the quota of ${decimal.format(quota)}` : 'no quota yet';
  const summary =
    `First preferences of pledged members against ${quotaText}` +
    (quota > 0 ? `; ${over} of ${firstPreferences.length} candidates reach it` : '') +
    `: ${[...firstPreferences]
      .sort((a, b) => b.count - a.count)
      .map((row) => `${candidateName(row.candidate)} ${count.format(row.count)}`)
      .join(', ')}.`;
  return (
    <BarChart
      headingLevel={headingLevel}
      title="First preferences against the quota"
      summary={summary}
      bars={bars}
      labelHeader="Candidate"
      valueHeader="First preferences"
      lines={quota > 0 ? [{ value: quota, label: 'quota' }] : []}
      empty="No pledged member has given a first preference yet."
      legend={
        quota > 0 ? (
          <span>
            <span className="pb-chart__key pb-chart__key--line" aria-hidden="true" />
            {`Quota: ${decimal.format(quota)} votes`}
          </span>
        ) : null
      }
    />
  );
}
