import { graphql } from '../../../gql';

/** What charts show of a candidate: the name, and the slate's colour and whether it is ours. */
export const CHART_CANDIDATE_FIELDS = graphql(`
  fragment ChartCandidateFields on Candidate {
    id
    name
    slate {
      id
      name
      colour
      ours
    }
  }
`);

/** A region's figures for its card on the national overview. */
export const REGION_CARD_FIELDS = graphql(`
  fragment RegionCardFields on RegionTally {
    region {
      id
      electionId
      code
      name
      seats
    }
    members
    called
    reached
    pledged
    quota
    countedAt
  }
`);

/** Everything the region page draws. */
export const REGION_TALLY_FIELDS = graphql(`
  fragment RegionTallyFields on RegionTally {
    region {
      id
      electionId
      code
      name
      seats
      candidates {
        ...ChartCandidateFields
      }
    }
    members
    called
    reached
    pledged
    quota
    countedAt
    secondPreferenceAgreed
    ballotsReceived
    voted
    firstPreferences {
      count
      candidate {
        ...ChartCandidateFields
      }
    }
    pledgeStatuses {
      status
      count
    }
    secondPreferences {
      answer
      count
    }
    secondPreferenceCandidates {
      count
      candidate {
        ...ChartCandidateFields
      }
    }
    transfers {
      count
      from {
        id
      }
      to {
        id
      }
    }
    days {
      day
      calls
      reached
      pledged
    }
    volunteers {
      calls
      reached
      pledged
      lastCallAt
      volunteer {
        id
        name
      }
    }
  }
`);

export const REGION_TALLIES_QUERY = graphql(`
  query RegionTallies($electionId: ID) {
    regionTallies(electionId: $electionId) {
      ...RegionCardFields
    }
  }
`);

export const REGION_CARD_CHANGED_SUBSCRIPTION = graphql(`
  subscription RegionCardChanged($regionId: ID!) {
    regionTallyChanged(regionId: $regionId) {
      ...RegionCardFields
    }
  }
`);

export const REGION_TALLY_QUERY = graphql(`
  query RegionTally($regionId: ID!) {
    regionTally(regionId: $regionId) {
      ...RegionTallyFields
    }
  }
`);

export const REGION_TALLY_CHANGED_SUBSCRIPTION = graphql(`
  subscription RegionTallyChanged($regionId: ID!) {
    regionTallyChanged(regionId: $regionId) {
      ...RegionTallyFields
    }
  }
`);
/** The elections whose regions the overview can show. */
export const DASHBOARD_ELECTIONS_QUERY = graphql(`
  query DashboardElections {
    elections {
      id
      name
    }
  }
`);
