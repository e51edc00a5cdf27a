import { graphql } from '../../../gql';

/** The lists the signed-in user may call from (a volunteer: those they were added to). */
export const CALLING_LISTS_QUERY = graphql(`
  query CallingLists {
    callLists {
      id
      name
      status
      remaining
      region {
        id
        code
        name
      }
      callingHours {
        from
        to
        timeZone
        openNow
      }
    }
  }
`);

export const CALLING_LIST_QUERY = graphql(`
  query CallingList($id: ID!) {
    callList(id: $id) {
      id
      name
      status
      remaining
      election {
        id
        name
        slates {
          id
          name
          ours
        }
      }
      region {
        id
        code
        name
        seats
        candidates {
          id
          name
          pitch
          slate {
            id
            ours
          }
        }
      }
      callingHours {
        from
        to
        timeZone
        openNow
      }
    }
    callScript(callListId: $id) {
      versionId
      steps {
        ...CallScriptStepFields
      }
    }
  }
`);

export const CLAIM_FIELDS_FRAGMENT = graphql(`
  fragment ClaimFields on Claim {
    id
    claimedAt
    expiresAt
    recommendedFirstPreference {
      id
    }
    member {
      id
      membershipNumber
      firstName
      lastName
      erased
      phone
      phoneType
      sharedPhone
      region {
        id
        code
        name
      }
    }
  }
`);

export const CURRENT_CLAIM_QUERY = graphql(`
  query CurrentClaim($callListId: ID!) {
    currentClaim(callListId: $callListId) {
      ...ClaimFields
    }
  }
`);

export const CLAIM_NEXT_CONTACT_MUTATION = graphql(`
  mutation ClaimNextContact($callListId: ID!, $finishedClaimId: ID) {
    claimNextContact(callListId: $callListId, finishedClaimId: $finishedClaimId) {
      ...ClaimFields
    }
  }
`);

export const RENEW_CLAIM_MUTATION = graphql(`
  mutation RenewClaim($claimId: ID!) {
    renewClaim(claimId: $claimId) {
      id
      expiresAt
    }
  }
`);

export const RELEASE_CLAIM_MUTATION = graphql(`
  mutation ReleaseClaim($claimId: ID!) {
    releaseClaim(claimId: $claimId)
  }
`);

export const RECORD_CALL_OUTCOME_MUTATION = graphql(`
  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {
    recordCallOutcome(input: $input) {
      id
      disposition
      attempt
      callBackAt
    }
  }
`);
