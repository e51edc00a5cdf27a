import { Spinner } from '../../../design-system';
import { useProjectionRun } from '../hooks/useProjectionRun';
import { decimal, seats } from '../utils/dashboard-format';
import { ProjectionRunControls } from './ProjectionRunControls';

export interface RegionProjectionSummaryProps {
  region: { id: string; code: string; seats: number };
}

/**
 * A region's projected seats on the overview: the latest stored projection, or a button to run
 * one (projections are counted by the job queue, never to draw a card).
 */
export function RegionProjectionSummary({ region }: RegionProjectionSummaryProps) {
  const projection = useProjectionRun(region.id);
  const result = projection.shown?.projection;
  if (projection.loading) return <Spinner label={`Loading the ${region.code} projection`} />;
  return (
    <div className="pb-region-card__projection">
      <p className="pb-region-card__seats">
        {result ? (
          <>
            <strong className="pb-number">{decimal.format(result.expectedSeats)}</strong>
            {` of ${seats(region.seats)} expected for our slate`}
          </>
        ) : (
          'No projection yet.'
        )}
      </p>
      <ProjectionRunControls projection={projection} regionCode={region.code} />
    </div>
  );
}
