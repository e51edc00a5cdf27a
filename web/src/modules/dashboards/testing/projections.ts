import {
  type ProjectionAssumptionsFieldsFragment,
  type ProjectionRunFieldsFragment,
} from '../../../gql/graphql';
import { servedAs } from './served-as';
import { LEFT, OTHER, TALLY_ANN, TALLY_RIA } from './tallies';

export const ASSUMPTIONS = servedAs<ProjectionAssumptionsFieldsFragment>()({
  __typename: 'ProjectionAssumptions' as const,
  turnout: 0.3,
  pledgeReliability: 0.9,
  leaningReliability: 0.6,
  variation: 0.1,
  slates: [{ __typename: 'SlateAssumption' as const, share: 0.45, loyalty: 0.7, slate: OTHER }],
});

/** The election's slates, as the assumptions form lists them. */
export const ELECTION = { __typename: 'Election' as const, id: 'e-1', slates: [LEFT, OTHER] };

const chance = (candidate: typeof TALLY_ANN, count: number) => ({
  __typename: 'CandidateCount' as const,
  candidate,
  count,
});

/** A run of LE at `progress`, with its projection once it has `status` SUCCEEDED. */
export function projectionRun(
  status: ProjectionRunFieldsFragment['status'],
  progress = status === 'SUCCEEDED' ? 1 : 0,
) {
  return servedAs<ProjectionRunFieldsFragment>()({
    __typename: 'ProjectionRun' as const,
    id: 'run-1',
    status,
    progress,
    simulations: 1000,
    error: status === 'FAILED' ? 'The count could not fill the reserved places.' : null,
    createdAt: '2026-03-02T19:00:00.000Z',
    finishedAt: status === 'SUCCEEDED' ? '2026-03-02T19:00:04.000Z' : null,
    projection:
      status === 'SUCCEEDED'
        ? {
            __typename: 'Projection' as const,
            quota: 1204.4,
            simulations: 1000,
            ballots: 8429,
            expectedSeats: 1.4,
            elected: [TALLY_RIA, TALLY_ANN],
            chances: [chance(TALLY_ANN, 730), chance(TALLY_RIA, 1000)],
            pledgesNeeded: {
              __typename: 'PledgesNeeded' as const,
              firstPreferences: 40,
              secondPreferences: 25,
              candidate: { __typename: 'Candidate' as const, id: 'c-ann', name: 'Ann Ours' },
            },
            assumptions: ASSUMPTIONS,
          }
        : null,
  });
}
