import { Card } from '../../../design-system';
import { type RegionCardFieldsFragment } from '../../../gql/graphql';
import { Link } from '../../../router';
import { useRegionCard } from '../hooks/useRegionCard';
import { count, londonClock, seats } from '../utils/dashboard-format';
import { FigureList } from './FigureList';
import { QuotaBar } from './QuotaBar';
import { RegionProjectionSummary } from './RegionProjectionSummary';

export interface RegionCardProps {
  tally: RegionCardFieldsFragment;
}

/** One region on the national overview: pledges against the quota, projected seats, calling. */
export function RegionCard({ tally: loaded }: RegionCardProps) {
  const tally = useRegionCard(loaded);
  const { region } = tally;
  const page = `/dashboard/regions/${region.id}`;
  return (
    <Card
      title={
        <Link to={page} className="pb-region-card__link">
          {`${region.code}: ${region.name}`}
        </Link>
      }
    >
      <p className="pb-muted pb-region-card__meta">
        {`${seats(region.seats)} · updated `}
        <span className="pb-number">{londonClock(tally.countedAt)}</span>
      </p>
      <QuotaBar pledged={tally.pledged} quota={tally.quota} seats={region.seats} />
      <FigureList
        className="pb-region-card__stats"
        figures={[
          ['Members', count.format(tally.members)],
          ['Called', count.format(tally.called)],
          ['Reached', count.format(tally.reached)],
        ]}
      />
      <RegionProjectionSummary region={region} />
    </Card>
  );
}
