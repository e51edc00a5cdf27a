import { graphql } from '../../../gql';

export const ELECTIONS_QUERY = graphql(`
  query Elections {
    elections {
      id
      name
      rule
      createdAt
      regions {
        id
        seats
      }
      slates {
        id
      }
    }
  }
`);

export const ELECTION_QUERY = graphql(`
  query Election($id: ID!) {
    election(id: $id) {
      id
      name
      rule
      createdAt
      pollingDay
      retentionDays
      contactDetailsAnonymisedOn
      contactDetailsAnonymisedAt
      regions {
        id
        electionId
        code
        name
        seats
        minima {
          tag
          count
        }
        postcodeAreas
        candidates {
          id
          name
          tags
          pitch
          regionId
          slate {
            id
            name
            colour
            ours
          }
        }
      }
      slates {
        id
        electionId
        name
        ours
        colour
      }
    }
  }
`);

export const CREATE_ELECTION_MUTATION = graphql(`
  mutation CreateElection($input: CreateElectionInput!) {
    createElection(input: $input) {
      id
      name
      rule
    }
  }
`);

export const UPDATE_ELECTION_MUTATION = graphql(`
  mutation UpdateElection($input: UpdateElectionInput!) {
    updateElection(input: $input) {
      id
      name
      rule
      pollingDay
      retentionDays
      contactDetailsAnonymisedOn
      contactDetailsAnonymisedAt
    }
  }
`);

export const DELETE_ELECTION_MUTATION = graphql(`
  mutation DeleteElection($id: ID!) {
    deleteElection(id: $id)
  }
`);

export const CREATE_REGION_MUTATION = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      id
    }
  }
`);

export const UPDATE_REGION_MUTATION = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      id
    }
  }
`);

export const SET_REGION_POSTCODE_AREAS_MUTATION = graphql(`
  mutation SetRegionPostcodeAreas($regionId: ID!, $areas: [String!]!) {
    setRegionPostcodeAreas(regionId: $regionId, areas: $areas) {
      id
      postcodeAreas
    }
  }
`);

export const DELETE_REGION_MUTATION = graphql(`
  mutation DeleteRegion($id: ID!) {
    deleteRegion(id: $id)
  }
`);

export const CREATE_SLATE_MUTATION = graphql(`
  mutation CreateSlate($input: CreateSlateInput!) {
    createSlate(input: $input) {
      id
    }
  }
`);

export const UPDATE_SLATE_MUTATION = graphql(`
  mutation UpdateSlate($input: UpdateSlateInput!) {
    updateSlate(input: $input) {
      id
    }
  }
`);

export const DELETE_SLATE_MUTATION = graphql(`
  mutation DeleteSlate($id: ID!) {
    deleteSlate(id: $id)
  }
`);

export const CREATE_CANDIDATE_MUTATION = graphql(`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      id
    }
  }
`);

export const UPDATE_CANDIDATE_MUTATION = graphql(`
  mutation UpdateCandidate($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
    }
  }
`);

export const DELETE_CANDIDATE_MUTATION = graphql(`
  mutation DeleteCandidate($id: ID!) {
    deleteCandidate(id: $id)
  }
`);

/** Admins only: elections whose members' contact details are anonymised within 14 days. */
export const RETENTION_WARNINGS_QUERY = graphql(`
  query RetentionWarnings {
    retentionWarnings {
      electionId
      electionName
      anonymisedOn
      members
    }
  }
`);
