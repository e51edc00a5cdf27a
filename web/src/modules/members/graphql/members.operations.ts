import { graphql } from '../../../gql';

export const MEMBERS_QUERY = graphql(`
  query Members($filter: MemberFilter, $offset: Int, $limit: Int) {
    members(filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        membershipNumber
        firstName
        lastName
        postcode
        maskedPhone
        doNotCall
        erased
        sharedPhone
        pledgeStatus
        called
        region {
          id
          code
          name
        }
      }
    }
  }
`);

/** Every region the signed-in user may filter by (the API returns only the ones they reach). */
export const MEMBER_REGION_CHOICES_QUERY = graphql(`
  query MemberRegionChoices {
    elections {
      id
      name
      createdAt
      regions {
        id
        code
        name
      }
    }
  }
`);

export const MEMBER_QUERY = graphql(`
  query Member($id: ID!) {
    member(id: $id) {
      id
      membershipNumber
      firstName
      lastName
      phone
      phoneType
      email
      postcode
      tags
      doNotCall
      optedOutAt
      optOutReason
      erased
      sharedPhone
      createdAt
      updatedAt
      region {
        id
        code
        name
      }
      latestPledge {
        status
        secondPreference
        createdAt
      }
    }
  }
`);

export const OPT_OUT_MEMBER_MUTATION = graphql(`
  mutation OptOutMember($memberId: ID!, $reason: String) {
    optOutMember(memberId: $memberId, reason: $reason) {
      id
      doNotCall
      optedOutAt
      optOutReason
    }
  }
`);

export const ERASE_MEMBER_MUTATION = graphql(`
  mutation EraseMember($memberId: ID!) {
    eraseMember(memberId: $memberId) {
      id
      membershipNumber
      firstName
      lastName
      phone
      email
      postcode
      erased
    }
  }
`);
