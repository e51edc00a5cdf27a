import { graphql } from '../../../gql';

/** The lists the signed-in coordinator or admin may see, newest first. */
export const CALL_LISTS_QUERY = graphql(`
  query CallLists($regionId: ID, $includeArchived: Boolean!) {
    callLists(regionId: $regionId, includeArchived: $includeArchived) {
      id
      name
      status
      size
      remaining
      createdAt
      region {
        id
        code
        name
      }
      progress {
        waiting
        held
        dueLater
        done
        exhausted
        withdrawn
      }
    }
  }
`);

/** Everything the call list page shows: read once, then kept fresh by CALL_LIST_CHANGED. */
export const CALL_LIST_DETAILS_FRAGMENT = graphql(`
  fragment CallListDetails on CallList {
    id
    name
    status
    size
    remaining
    createdAt
    refreshedAt
    maxAttempts
    leaseMinutes
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
    retryDelays {
      noAnswerMinutes
      busyMinutes
      voicemailMinutes
    }
    filter {
      pledgeStatuses
      unpledged
      neverCalled
      notCalledSince
      mobileOnly
      tags
    }
    progress {
      waiting
      held
      dueLater
      done
      exhausted
      withdrawn
    }
    volunteers {
      addedAt
      callsToday
      callsTotal
      reserved
      holding
      user {
        id
        name
        email
        role
      }
    }
  }
`);

export const CALL_LIST_QUERY = graphql(`
  query CallList($id: ID!) {
    callList(id: $id) {
      ...CallListDetails
    }
  }
`);

/** The list again after each burst of recorded calls, whichever server recorded them. */
export const CALL_LIST_CHANGED_SUBSCRIPTION = graphql(`
  subscription CallListChanged($id: ID!) {
    callListChanged(callListId: $id) {
      ...CallListDetails
    }
  }
`);

export const CALL_LIST_MATCH_COUNT_QUERY = graphql(`
  query CallListMatchCount($regionId: ID!, $filter: CallListFilterInput) {
    callListMatchCount(regionId: $regionId, filter: $filter)
  }
`);

export const ASSIGNABLE_VOLUNTEERS_QUERY = graphql(`
  query AssignableVolunteers($callListId: ID!) {
    assignableVolunteers(callListId: $callListId) {
      id
      name
      email
      role
    }
  }
`);

export const CREATE_CALL_LIST_MUTATION = graphql(`
  mutation CreateCallList($input: CreateCallListInput!) {
    createCallList(input: $input) {
      id
      name
      size
    }
  }
`);

export const UPDATE_CALL_LIST_MUTATION = graphql(`
  mutation UpdateCallList($input: UpdateCallListInput!) {
    updateCallList(input: $input) {
      id
      name
      maxAttempts
      leaseMinutes
      callingHours {
        from
        to
        timeZone
        openNow
      }
      retryDelays {
        noAnswerMinutes
        busyMinutes
        voicemailMinutes
      }
    }
  }
`);

export const REFRESH_CALL_LIST_MUTATION = graphql(`
  mutation RefreshCallList($id: ID!) {
    refreshCallList(id: $id) {
      added
      callList {
        id
        size
        remaining
        refreshedAt
      }
    }
  }
`);

export const PAUSE_CALL_LIST_MUTATION = graphql(`
  mutation PauseCallList($id: ID!) {
    pauseCallList(id: $id) {
      id
      status
    }
  }
`);

export const RESUME_CALL_LIST_MUTATION = graphql(`
  mutation ResumeCallList($id: ID!) {
    resumeCallList(id: $id) {
      id
      status
    }
  }
`);

export const ARCHIVE_CALL_LIST_MUTATION = graphql(`
  mutation ArchiveCallList($id: ID!) {
    archiveCallList(id: $id) {
      id
      status
    }
  }
`);

export const ADD_VOLUNTEERS_TO_CALL_LIST_MUTATION = graphql(`
  mutation AddVolunteersToCallList($callListId: ID!, $userIds: [ID!]!) {
    addVolunteersToCallList(callListId: $callListId, userIds: $userIds) {
      id
    }
  }
`);

export const REMOVE_VOLUNTEER_FROM_CALL_LIST_MUTATION = graphql(`
  mutation RemoveVolunteerFromCallList($callListId: ID!, $userId: ID!) {
    removeVolunteerFromCallList(callListId: $callListId, userId: $userId) {
      id
    }
  }
`);

export const RESERVE_MEMBERS_FOR_VOLUNTEER_MUTATION = graphql(`
  mutation ReserveMembersForVolunteer($callListId: ID!, $userId: ID!, $count: Int!) {
    reserveMembersForVolunteer(callListId: $callListId, userId: $userId, count: $count)
  }
`);

export const RELEASE_RESERVED_MEMBERS_MUTATION = graphql(`
  mutation ReleaseReservedMembers($callListId: ID!, $userId: ID!) {
    releaseReservedMembers(callListId: $callListId, userId: $userId)
  }
`);

export const FIRST_PREFERENCE_TARGETS_QUERY = graphql(`
  query FirstPreferenceTargets($id: ID!) {
    callList(id: $id) {
      id
      region {
        id
        code
        firstPreferenceTargets {
          candidate {
            id
            name
          }
          weight
          share
          firstPreferences
        }
      }
    }
  }
`);

/** A push whenever a call or pledge is recorded in the region (vote management refreshes). */
export const REGION_ACTIVITY_SUBSCRIPTION = graphql(`
  subscription RegionActivity($regionId: ID!) {
    regionTallyChanged(regionId: $regionId) {
      countedAt
    }
  }
`);

export const SET_FIRST_PREFERENCE_TARGETS_MUTATION = graphql(`
  mutation SetFirstPreferenceTargets($regionId: ID!, $targets: [FirstPreferenceTargetInput!]!) {
    setFirstPreferenceTargets(regionId: $regionId, targets: $targets) {
      id
    }
  }
`);
