import { graphql } from '../../../gql';

export const PROJECTION_ASSUMPTIONS_FIELDS = graphql(`
  fragment ProjectionAssumptionsFields on ProjectionAssumptions {
    turnout
    pledgeReliability
    leaningReliability
    variation
    slates {
      share
      loyalty
      slate {
        id
        name
        colour
        ours
      }
    }
  }
`);

export const PROJECTION_FIELDS = graphql(`
  fragment ProjectionFields on Projection {
    quota
    simulations
    ballots
    expectedSeats
    elected {
      ...ChartCandidateFields
    }
    chances {
      count
      candidate {
        ...ChartCandidateFields
      }
    }
    pledgesNeeded {
      firstPreferences
      secondPreferences
      candidate {
        id
        name
      }
    }
    assumptions {
      ...ProjectionAssumptionsFields
    }
  }
`);

export const PROJECTION_RUN_FIELDS = graphql(`
  fragment ProjectionRunFields on ProjectionRun {
    id
    status
    progress
    simulations
    error
    createdAt
    finishedAt
    projection {
      ...ProjectionFields
    }
  }
`);

/** The region's most recent finished run: what the overview and the region page show first. */
export const LATEST_PROJECTION_RUN_QUERY = graphql(`
  query LatestProjectionRun($regionId: ID!) {
    latestProjectionRun(regionId: $regionId) {
      ...ProjectionRunFields
    }
  }
`);

export const PROJECTION_RUN_QUERY = graphql(`
  query ProjectionRun($id: ID!) {
    projectionRun(id: $id) {
      ...ProjectionRunFields
    }
  }
`);

export const START_PROJECTION_MUTATION = graphql(`
  mutation StartProjection($regionId: ID!, $simulations: Int!) {
    startProjection(regionId: $regionId, simulations: $simulations) {
      ...ProjectionRunFields
    }
  }
`);

/** The assumptions, and every slate of the election, so the form can list those not set yet. */
export const PROJECTION_ASSUMPTIONS_QUERY = graphql(`
  query ProjectionAssumptions($regionId: ID!, $electionId: ID!) {
    projectionAssumptions(regionId: $regionId) {
      ...ProjectionAssumptionsFields
    }
    election(id: $electionId) {
      id
      slates {
        id
        name
        colour
        ours
      }
    }
  }
`);

export const SET_PROJECTION_ASSUMPTIONS_MUTATION = graphql(`
  mutation SetProjectionAssumptions($regionId: ID!, $input: ProjectionAssumptionsInput!) {
    setProjectionAssumptions(regionId: $regionId, input: $input) {
      ...ProjectionAssumptionsFields
    }
  }
`);
