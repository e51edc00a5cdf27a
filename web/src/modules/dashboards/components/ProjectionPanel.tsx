import { useQuery } from '@apollo/client/react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Card, Spinner } from '../../../design-system';
import { PROJECTION_ASSUMPTIONS_QUERY } from '../graphql/projections.operations';
import { useProjectionRun } from '../hooks/useProjectionRun';
import { ProjectionAssumptionsForm } from './ProjectionAssumptionsForm';
import { ProjectionResult } from './ProjectionResult';
import { ProjectionRunControls } from './ProjectionRunControls';

export interface ProjectionPanelProps {
  region: { id: string; electionId: string; code: string; seats: number };
}

/** The region's seat projection, how to run it again, and the assumptions it counts with. */
export function ProjectionPanel({ region }: ProjectionPanelProps) {
  const projection = useProjectionRun(region.id);
  const assumptions = useQuery(PROJECTION_ASSUMPTIONS_QUERY, {
    variables: { regionId: region.id, electionId: region.electionId },
  });
  const shown = projection.shown;
  return (
    <>
      <Card title="Projection">
        {projection.loading ? <Spinner label="Loading the latest projection" /> : null}
        {shown?.projection ? (
          <ProjectionResult
            projection={shown.projection}
            seats={region.seats}
            finishedAt={shown.finishedAt}
          />
        ) : null}
        {!projection.loading && !shown ? (
          <p>
            No projection of {region.code} yet. A projection counts the pledges as ballots, with the
            assumptions below for everyone else, many times over with random variation.
          </p>
        ) : null}
        <ProjectionRunControls projection={projection} regionCode={region.code} chooseSimulations />
      </Card>
      <Card title="Assumptions">
        {assumptions.data ? (
          <ProjectionAssumptionsForm
            key={region.id}
            regionId={region.id}
            assumptions={assumptions.data.projectionAssumptions}
            slates={assumptions.data.election?.slates ?? []}
          />
        ) : assumptions.error ? (
          <Alert tone="error">{apiProblems(assumptions.error)[0]?.message}</Alert>
        ) : (
          <Spinner label="Loading the assumptions" />
        )}
      </Card>
    </>
  );
}
