import { type PledgeStatus } from '../../../gql/graphql';
import { PLEDGE_STATUS_LABELS } from '../../members/utils/member-labels';
import { barsInWords, type Category, categoryBars } from '../utils/shares';
import { BarChart } from './BarChart';
import { type ChartHeading } from './ChartFigure';

export interface PledgeStatusChartProps extends ChartHeading {
  pledgeStatuses: readonly { status: PledgeStatus; count: number }[];
}

const COLOURS: Readonly<Record<PledgeStatus, string>> = {
  PLEDGED: 'var(--pb-colour-success)',
  LEANING: 'var(--pb-chart-leaning)',
  UNDECIDED: 'var(--pb-colour-border-strong)',
  AGAINST: 'var(--pb-colour-danger)',
  NOT_VOTING: 'var(--pb-colour-text-muted)',
};

/** From support to opposition, so the chart reads as a spectrum. */
const STATUSES: readonly Category<PledgeStatus>[] = (
  ['PLEDGED', 'LEANING', 'UNDECIDED', 'AGAINST', 'NOT_VOTING'] as const
).map((status) => ({ key: status, label: PLEDGE_STATUS_LABELS[status], colour: COLOURS[status] }));

/** Members reached, by their latest pledge status. */
export function PledgeStatusChart({ pledgeStatuses, headingLevel }: PledgeStatusChartProps) {
  const bars = categoryBars(
    STATUSES,
    pledgeStatuses.map((row) => ({ key: row.status, count: row.count })),
  );
  return (
    <BarChart
      headingLevel={headingLevel}
      title="Pledge statuses"
      summary={`Members by their latest pledge status: ${barsInWords(bars)}.`}
      bars={bars}
      labelHeader="Status"
      valueHeader="Members"
      empty="Nobody has given a pledge status yet."
    />
  );
}
