/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        subjectType\n        subjectId\n        details\n        user {\n          id\n          name\n          email\n        }\n        region {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditUsers {\n    users {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query CallLists($regionId: ID, $includeArchived: Boolean!) {\n    callLists(regionId: $regionId, includeArchived: $includeArchived) {\n      id\n      name\n      status\n      size\n      remaining\n      createdAt\n      region {\n        id\n        code\n        name\n      }\n      progress {\n        waiting\n        held\n        dueLater\n        done\n        exhausted\n        withdrawn\n      }\n    }\n  }\n": typeof types.CallListsDocument,
    "\n  fragment CallListDetails on CallList {\n    id\n    name\n    status\n    size\n    remaining\n    createdAt\n    refreshedAt\n    maxAttempts\n    leaseMinutes\n    region {\n      id\n      code\n      name\n    }\n    callingHours {\n      from\n      to\n      timeZone\n      openNow\n    }\n    retryDelays {\n      noAnswerMinutes\n      busyMinutes\n      voicemailMinutes\n    }\n    filter {\n      pledgeStatuses\n      unpledged\n      neverCalled\n      notCalledSince\n      mobileOnly\n      tags\n    }\n    progress {\n      waiting\n      held\n      dueLater\n      done\n      exhausted\n      withdrawn\n    }\n    volunteers {\n      addedAt\n      callsToday\n      callsTotal\n      reserved\n      holding\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": typeof types.CallListDetailsFragmentDoc,
    "\n  query CallList($id: ID!) {\n    callList(id: $id) {\n      ...CallListDetails\n    }\n  }\n": typeof types.CallListDocument,
    "\n  subscription CallListChanged($id: ID!) {\n    callListChanged(callListId: $id) {\n      ...CallListDetails\n    }\n  }\n": typeof types.CallListChangedDocument,
    "\n  query CallListMatchCount($regionId: ID!, $filter: CallListFilterInput) {\n    callListMatchCount(regionId: $regionId, filter: $filter)\n  }\n": typeof types.CallListMatchCountDocument,
    "\n  query AssignableVolunteers($callListId: ID!) {\n    assignableVolunteers(callListId: $callListId) {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.AssignableVolunteersDocument,
    "\n  mutation CreateCallList($input: CreateCallListInput!) {\n    createCallList(input: $input) {\n      id\n      name\n      size\n    }\n  }\n": typeof types.CreateCallListDocument,
    "\n  mutation UpdateCallList($input: UpdateCallListInput!) {\n    updateCallList(input: $input) {\n      id\n      name\n      maxAttempts\n      leaseMinutes\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n      retryDelays {\n        noAnswerMinutes\n        busyMinutes\n        voicemailMinutes\n      }\n    }\n  }\n": typeof types.UpdateCallListDocument,
    "\n  mutation RefreshCallList($id: ID!) {\n    refreshCallList(id: $id) {\n      added\n      callList {\n        id\n        size\n        remaining\n        refreshedAt\n      }\n    }\n  }\n": typeof types.RefreshCallListDocument,
    "\n  mutation PauseCallList($id: ID!) {\n    pauseCallList(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PauseCallListDocument,
    "\n  mutation ResumeCallList($id: ID!) {\n    resumeCallList(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ResumeCallListDocument,
    "\n  mutation ArchiveCallList($id: ID!) {\n    archiveCallList(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveCallListDocument,
    "\n  mutation AddVolunteersToCallList($callListId: ID!, $userIds: [ID!]!) {\n    addVolunteersToCallList(callListId: $callListId, userIds: $userIds) {\n      id\n    }\n  }\n": typeof types.AddVolunteersToCallListDocument,
    "\n  mutation RemoveVolunteerFromCallList($callListId: ID!, $userId: ID!) {\n    removeVolunteerFromCallList(callListId: $callListId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.RemoveVolunteerFromCallListDocument,
    "\n  mutation ReserveMembersForVolunteer($callListId: ID!, $userId: ID!, $count: Int!) {\n    reserveMembersForVolunteer(callListId: $callListId, userId: $userId, count: $count)\n  }\n": typeof types.ReserveMembersForVolunteerDocument,
    "\n  mutation ReleaseReservedMembers($callListId: ID!, $userId: ID!) {\n    releaseReservedMembers(callListId: $callListId, userId: $userId)\n  }\n": typeof types.ReleaseReservedMembersDocument,
    "\n  query FirstPreferenceTargets($id: ID!) {\n    callList(id: $id) {\n      id\n      region {\n        id\n        code\n        firstPreferenceTargets {\n          candidate {\n            id\n            name\n          }\n          weight\n          share\n          firstPreferences\n        }\n      }\n    }\n  }\n": typeof types.FirstPreferenceTargetsDocument,
    "\n  subscription RegionActivity($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      countedAt\n    }\n  }\n": typeof types.RegionActivityDocument,
    "\n  mutation SetFirstPreferenceTargets($regionId: ID!, $targets: [FirstPreferenceTargetInput!]!) {\n    setFirstPreferenceTargets(regionId: $regionId, targets: $targets) {\n      id\n    }\n  }\n": typeof types.SetFirstPreferenceTargetsDocument,
    "\n  query CallingLists {\n    callLists {\n      id\n      name\n      status\n      remaining\n      region {\n        id\n        code\n        name\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n  }\n": typeof types.CallingListsDocument,
    "\n  query CallingList($id: ID!) {\n    callList(id: $id) {\n      id\n      name\n      status\n      remaining\n      election {\n        id\n        name\n        slates {\n          id\n          name\n          ours\n        }\n      }\n      region {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n    callScript(callListId: $id) {\n      versionId\n      steps {\n        ...CallScriptStepFields\n      }\n    }\n  }\n": typeof types.CallingListDocument,
    "\n  fragment ClaimFields on Claim {\n    id\n    claimedAt\n    expiresAt\n    recommendedFirstPreference {\n      id\n    }\n    member {\n      id\n      membershipNumber\n      firstName\n      lastName\n      erased\n      phone\n      phoneType\n      sharedPhone\n      region {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ClaimFieldsFragmentDoc,
    "\n  query CurrentClaim($callListId: ID!) {\n    currentClaim(callListId: $callListId) {\n      ...ClaimFields\n    }\n  }\n": typeof types.CurrentClaimDocument,
    "\n  mutation ClaimNextContact($callListId: ID!, $finishedClaimId: ID) {\n    claimNextContact(callListId: $callListId, finishedClaimId: $finishedClaimId) {\n      ...ClaimFields\n    }\n  }\n": typeof types.ClaimNextContactDocument,
    "\n  mutation RenewClaim($claimId: ID!) {\n    renewClaim(claimId: $claimId) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.RenewClaimDocument,
    "\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId)\n  }\n": typeof types.ReleaseClaimDocument,
    "\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      disposition\n      attempt\n      callBackAt\n    }\n  }\n": typeof types.RecordCallOutcomeDocument,
    "\n  fragment ChartCandidateFields on Candidate {\n    id\n    name\n    slate {\n      id\n      name\n      colour\n      ours\n    }\n  }\n": typeof types.ChartCandidateFieldsFragmentDoc,
    "\n  fragment RegionCardFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n  }\n": typeof types.RegionCardFieldsFragmentDoc,
    "\n  fragment RegionTallyFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n      candidates {\n        ...ChartCandidateFields\n      }\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n    secondPreferenceAgreed\n    ballotsReceived\n    voted\n    firstPreferences {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgeStatuses {\n      status\n      count\n    }\n    secondPreferences {\n      answer\n      count\n    }\n    secondPreferenceCandidates {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    transfers {\n      count\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n    days {\n      day\n      calls\n      reached\n      pledged\n    }\n    volunteers {\n      calls\n      reached\n      pledged\n      lastCallAt\n      volunteer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegionTallyFieldsFragmentDoc,
    "\n  query RegionTallies($electionId: ID) {\n    regionTallies(electionId: $electionId) {\n      ...RegionCardFields\n    }\n  }\n": typeof types.RegionTalliesDocument,
    "\n  subscription RegionCardChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionCardFields\n    }\n  }\n": typeof types.RegionCardChangedDocument,
    "\n  query RegionTally($regionId: ID!) {\n    regionTally(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n": typeof types.RegionTallyDocument,
    "\n  subscription RegionTallyChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n": typeof types.RegionTallyChangedDocument,
    "\n  query DashboardElections {\n    elections {\n      id\n      name\n    }\n  }\n": typeof types.DashboardElectionsDocument,
    "\n  fragment ProjectionAssumptionsFields on ProjectionAssumptions {\n    turnout\n    pledgeReliability\n    leaningReliability\n    variation\n    slates {\n      share\n      loyalty\n      slate {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n": typeof types.ProjectionAssumptionsFieldsFragmentDoc,
    "\n  fragment ProjectionFields on Projection {\n    quota\n    simulations\n    ballots\n    expectedSeats\n    elected {\n      ...ChartCandidateFields\n    }\n    chances {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgesNeeded {\n      firstPreferences\n      secondPreferences\n      candidate {\n        id\n        name\n      }\n    }\n    assumptions {\n      ...ProjectionAssumptionsFields\n    }\n  }\n": typeof types.ProjectionFieldsFragmentDoc,
    "\n  fragment ProjectionRunFields on ProjectionRun {\n    id\n    status\n    progress\n    simulations\n    error\n    createdAt\n    finishedAt\n    projection {\n      ...ProjectionFields\n    }\n  }\n": typeof types.ProjectionRunFieldsFragmentDoc,
    "\n  query LatestProjectionRun($regionId: ID!) {\n    latestProjectionRun(regionId: $regionId) {\n      ...ProjectionRunFields\n    }\n  }\n": typeof types.LatestProjectionRunDocument,
    "\n  query ProjectionRun($id: ID!) {\n    projectionRun(id: $id) {\n      ...ProjectionRunFields\n    }\n  }\n": typeof types.ProjectionRunDocument,
    "\n  mutation StartProjection($regionId: ID!, $simulations: Int!) {\n    startProjection(regionId: $regionId, simulations: $simulations) {\n      ...ProjectionRunFields\n    }\n  }\n": typeof types.StartProjectionDocument,
    "\n  query ProjectionAssumptions($regionId: ID!, $electionId: ID!) {\n    projectionAssumptions(regionId: $regionId) {\n      ...ProjectionAssumptionsFields\n    }\n    election(id: $electionId) {\n      id\n      slates {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n": typeof types.ProjectionAssumptionsDocument,
    "\n  mutation SetProjectionAssumptions($regionId: ID!, $input: ProjectionAssumptionsInput!) {\n    setProjectionAssumptions(regionId: $regionId, input: $input) {\n      ...ProjectionAssumptionsFields\n    }\n  }\n": typeof types.SetProjectionAssumptionsDocument,
    "\n  query Elections {\n    elections {\n      id\n      name\n      rule\n      createdAt\n      regions {\n        id\n        seats\n      }\n      slates {\n        id\n      }\n    }\n  }\n": typeof types.ElectionsDocument,
    "\n  query Election($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      rule\n      createdAt\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n      regions {\n        id\n        electionId\n        code\n        name\n        seats\n        minima {\n          tag\n          count\n        }\n        postcodeAreas\n        candidates {\n          id\n          name\n          tags\n          pitch\n          regionId\n          slate {\n            id\n            name\n            colour\n            ours\n          }\n        }\n      }\n      slates {\n        id\n        electionId\n        name\n        ours\n        colour\n      }\n    }\n  }\n": typeof types.ElectionDocument,
    "\n  mutation CreateElection($input: CreateElectionInput!) {\n    createElection(input: $input) {\n      id\n      name\n      rule\n    }\n  }\n": typeof types.CreateElectionDocument,
    "\n  mutation UpdateElection($input: UpdateElectionInput!) {\n    updateElection(input: $input) {\n      id\n      name\n      rule\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n    }\n  }\n": typeof types.UpdateElectionDocument,
    "\n  mutation DeleteElection($id: ID!) {\n    deleteElection(id: $id)\n  }\n": typeof types.DeleteElectionDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  mutation SetRegionPostcodeAreas($regionId: ID!, $areas: [String!]!) {\n    setRegionPostcodeAreas(regionId: $regionId, areas: $areas) {\n      id\n      postcodeAreas\n    }\n  }\n": typeof types.SetRegionPostcodeAreasDocument,
    "\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n": typeof types.DeleteRegionDocument,
    "\n  mutation CreateSlate($input: CreateSlateInput!) {\n    createSlate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSlateDocument,
    "\n  mutation UpdateSlate($input: UpdateSlateInput!) {\n    updateSlate(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSlateDocument,
    "\n  mutation DeleteSlate($id: ID!) {\n    deleteSlate(id: $id)\n  }\n": typeof types.DeleteSlateDocument,
    "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCandidateDocument,
    "\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCandidateDocument,
    "\n  mutation DeleteCandidate($id: ID!) {\n    deleteCandidate(id: $id)\n  }\n": typeof types.DeleteCandidateDocument,
    "\n  query RetentionWarnings {\n    retentionWarnings {\n      electionId\n      electionName\n      anonymisedOn\n      members\n    }\n  }\n": typeof types.RetentionWarningsDocument,
    "\n  query ImportElections {\n    elections {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.ImportElectionsDocument,
    "\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      id\n      status\n      fileName\n      encoding\n      byteSize\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      duplicatePhones\n      rowsWithoutPhone\n      dryRun\n      blankCellsClear\n      failureMessage\n      createdAt\n      startedAt\n      readAt\n      finishedAt\n      rejectionReasons {\n        kind\n        reason\n        rows\n      }\n      fieldChanges {\n        field\n        changed\n        blanked\n      }\n      errors(limit: 100) {\n        line\n        message\n      }\n    }\n  }\n": typeof types.MemberImportDocument,
    "\n  mutation ConfirmMemberImport($id: ID!) {\n    confirmMemberImport(id: $id) {\n      id\n      status\n      dryRun\n    }\n  }\n": typeof types.ConfirmMemberImportDocument,
    "\n  query MemberImports($electionId: ID, $limit: Int) {\n    memberImports(electionId: $electionId, limit: $limit) {\n      id\n      status\n      dryRun\n      fileName\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      createdAt\n      finishedAt\n      createdBy {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MemberImportsDocument,
    "\n  query Members($filter: MemberFilter, $offset: Int, $limit: Int) {\n    members(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        membershipNumber\n        firstName\n        lastName\n        postcode\n        maskedPhone\n        doNotCall\n        erased\n        sharedPhone\n        pledgeStatus\n        called\n        region {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberRegionChoices {\n    elections {\n      id\n      name\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MemberRegionChoicesDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      phoneType\n      email\n      postcode\n      tags\n      doNotCall\n      optedOutAt\n      optOutReason\n      erased\n      sharedPhone\n      createdAt\n      updatedAt\n      region {\n        id\n        code\n        name\n      }\n      latestPledge {\n        status\n        secondPreference\n        createdAt\n      }\n    }\n  }\n": typeof types.MemberDocument,
    "\n  mutation OptOutMember($memberId: ID!, $reason: String) {\n    optOutMember(memberId: $memberId, reason: $reason) {\n      id\n      doNotCall\n      optedOutAt\n      optOutReason\n    }\n  }\n": typeof types.OptOutMemberDocument,
    "\n  mutation EraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      email\n      postcode\n      erased\n    }\n  }\n": typeof types.EraseMemberDocument,
    "\n  fragment CallScriptStepFields on CallScriptStepModel {\n    key\n    type\n    text\n    options\n    skipIf {\n      step\n      answerIn\n    }\n  }\n": typeof types.CallScriptStepFieldsFragmentDoc,
    "\n  query ScriptElections {\n    elections {\n      id\n      name\n      slates {\n        id\n        name\n        ours\n      }\n      regions {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScriptElectionsDocument,
    "\n  query ScriptCallLists {\n    callLists(includeArchived: false) {\n      id\n      name\n      region {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ScriptCallListsDocument,
    "\n  query CallScripts($electionId: ID!) {\n    callScripts(electionId: $electionId) {\n      ...CallScriptFields\n    }\n  }\n": typeof types.CallScriptsDocument,
    "\n  fragment CallScriptFields on CallScript {\n    id\n    scope\n    electionId\n    regionId\n    callListId\n    name\n    version\n    versionId\n    savedAt\n    savedBy\n    steps {\n      ...CallScriptStepFields\n    }\n  }\n": typeof types.CallScriptFieldsFragmentDoc,
    "\n  mutation SaveCallScript($input: SaveCallScriptInput!) {\n    saveCallScript(input: $input) {\n      ...CallScriptFields\n    }\n  }\n": typeof types.SaveCallScriptDocument,
    "\n  mutation DeleteCallScript($id: ID!) {\n    deleteCallScript(id: $id)\n  }\n": typeof types.DeleteCallScriptDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      disabled\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query RegionChoices {\n    elections {\n      id\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.RegionChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      disabled\n      role\n      name\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        subjectType\n        subjectId\n        details\n        user {\n          id\n          name\n          email\n        }\n        region {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditUsers {\n    users {\n      id\n      name\n      email\n    }\n  }\n": types.AuditUsersDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query CallLists($regionId: ID, $includeArchived: Boolean!) {\n    callLists(regionId: $regionId, includeArchived: $includeArchived) {\n      id\n      name\n      status\n      size\n      remaining\n      createdAt\n      region {\n        id\n        code\n        name\n      }\n      progress {\n        waiting\n        held\n        dueLater\n        done\n        exhausted\n        withdrawn\n      }\n    }\n  }\n": types.CallListsDocument,
    "\n  fragment CallListDetails on CallList {\n    id\n    name\n    status\n    size\n    remaining\n    createdAt\n    refreshedAt\n    maxAttempts\n    leaseMinutes\n    region {\n      id\n      code\n      name\n    }\n    callingHours {\n      from\n      to\n      timeZone\n      openNow\n    }\n    retryDelays {\n      noAnswerMinutes\n      busyMinutes\n      voicemailMinutes\n    }\n    filter {\n      pledgeStatuses\n      unpledged\n      neverCalled\n      notCalledSince\n      mobileOnly\n      tags\n    }\n    progress {\n      waiting\n      held\n      dueLater\n      done\n      exhausted\n      withdrawn\n    }\n    volunteers {\n      addedAt\n      callsToday\n      callsTotal\n      reserved\n      holding\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n": types.CallListDetailsFragmentDoc,
    "\n  query CallList($id: ID!) {\n    callList(id: $id) {\n      ...CallListDetails\n    }\n  }\n": types.CallListDocument,
    "\n  subscription CallListChanged($id: ID!) {\n    callListChanged(callListId: $id) {\n      ...CallListDetails\n    }\n  }\n": types.CallListChangedDocument,
    "\n  query CallListMatchCount($regionId: ID!, $filter: CallListFilterInput) {\n    callListMatchCount(regionId: $regionId, filter: $filter)\n  }\n": types.CallListMatchCountDocument,
    "\n  query AssignableVolunteers($callListId: ID!) {\n    assignableVolunteers(callListId: $callListId) {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.AssignableVolunteersDocument,
    "\n  mutation CreateCallList($input: CreateCallListInput!) {\n    createCallList(input: $input) {\n      id\n      name\n      size\n    }\n  }\n": types.CreateCallListDocument,
    "\n  mutation UpdateCallList($input: UpdateCallListInput!) {\n    updateCallList(input: $input) {\n      id\n      name\n      maxAttempts\n      leaseMinutes\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n      retryDelays {\n        noAnswerMinutes\n        busyMinutes\n        voicemailMinutes\n      }\n    }\n  }\n": types.UpdateCallListDocument,
    "\n  mutation RefreshCallList($id: ID!) {\n    refreshCallList(id: $id) {\n      added\n      callList {\n        id\n        size\n        remaining\n        refreshedAt\n      }\n    }\n  }\n": types.RefreshCallListDocument,
    "\n  mutation PauseCallList($id: ID!) {\n    pauseCallList(id: $id) {\n      id\n      status\n    }\n  }\n": types.PauseCallListDocument,
    "\n  mutation ResumeCallList($id: ID!) {\n    resumeCallList(id: $id) {\n      id\n      status\n    }\n  }\n": types.ResumeCallListDocument,
    "\n  mutation ArchiveCallList($id: ID!) {\n    archiveCallList(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveCallListDocument,
    "\n  mutation AddVolunteersToCallList($callListId: ID!, $userIds: [ID!]!) {\n    addVolunteersToCallList(callListId: $callListId, userIds: $userIds) {\n      id\n    }\n  }\n": types.AddVolunteersToCallListDocument,
    "\n  mutation RemoveVolunteerFromCallList($callListId: ID!, $userId: ID!) {\n    removeVolunteerFromCallList(callListId: $callListId, userId: $userId) {\n      id\n    }\n  }\n": types.RemoveVolunteerFromCallListDocument,
    "\n  mutation ReserveMembersForVolunteer($callListId: ID!, $userId: ID!, $count: Int!) {\n    reserveMembersForVolunteer(callListId: $callListId, userId: $userId, count: $count)\n  }\n": types.ReserveMembersForVolunteerDocument,
    "\n  mutation ReleaseReservedMembers($callListId: ID!, $userId: ID!) {\n    releaseReservedMembers(callListId: $callListId, userId: $userId)\n  }\n": types.ReleaseReservedMembersDocument,
    "\n  query FirstPreferenceTargets($id: ID!) {\n    callList(id: $id) {\n      id\n      region {\n        id\n        code\n        firstPreferenceTargets {\n          candidate {\n            id\n            name\n          }\n          weight\n          share\n          firstPreferences\n        }\n      }\n    }\n  }\n": types.FirstPreferenceTargetsDocument,
    "\n  subscription RegionActivity($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      countedAt\n    }\n  }\n": types.RegionActivityDocument,
    "\n  mutation SetFirstPreferenceTargets($regionId: ID!, $targets: [FirstPreferenceTargetInput!]!) {\n    setFirstPreferenceTargets(regionId: $regionId, targets: $targets) {\n      id\n    }\n  }\n": types.SetFirstPreferenceTargetsDocument,
    "\n  query CallingLists {\n    callLists {\n      id\n      name\n      status\n      remaining\n      region {\n        id\n        code\n        name\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n  }\n": types.CallingListsDocument,
    "\n  query CallingList($id: ID!) {\n    callList(id: $id) {\n      id\n      name\n      status\n      remaining\n      election {\n        id\n        name\n        slates {\n          id\n          name\n          ours\n        }\n      }\n      region {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n    callScript(callListId: $id) {\n      versionId\n      steps {\n        ...CallScriptStepFields\n      }\n    }\n  }\n": types.CallingListDocument,
    "\n  fragment ClaimFields on Claim {\n    id\n    claimedAt\n    expiresAt\n    recommendedFirstPreference {\n      id\n    }\n    member {\n      id\n      membershipNumber\n      firstName\n      lastName\n      erased\n      phone\n      phoneType\n      sharedPhone\n      region {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ClaimFieldsFragmentDoc,
    "\n  query CurrentClaim($callListId: ID!) {\n    currentClaim(callListId: $callListId) {\n      ...ClaimFields\n    }\n  }\n": types.CurrentClaimDocument,
    "\n  mutation ClaimNextContact($callListId: ID!, $finishedClaimId: ID) {\n    claimNextContact(callListId: $callListId, finishedClaimId: $finishedClaimId) {\n      ...ClaimFields\n    }\n  }\n": types.ClaimNextContactDocument,
    "\n  mutation RenewClaim($claimId: ID!) {\n    renewClaim(claimId: $claimId) {\n      id\n      expiresAt\n    }\n  }\n": types.RenewClaimDocument,
    "\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId)\n  }\n": types.ReleaseClaimDocument,
    "\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      disposition\n      attempt\n      callBackAt\n    }\n  }\n": types.RecordCallOutcomeDocument,
    "\n  fragment ChartCandidateFields on Candidate {\n    id\n    name\n    slate {\n      id\n      name\n      colour\n      ours\n    }\n  }\n": types.ChartCandidateFieldsFragmentDoc,
    "\n  fragment RegionCardFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n  }\n": types.RegionCardFieldsFragmentDoc,
    "\n  fragment RegionTallyFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n      candidates {\n        ...ChartCandidateFields\n      }\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n    secondPreferenceAgreed\n    ballotsReceived\n    voted\n    firstPreferences {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgeStatuses {\n      status\n      count\n    }\n    secondPreferences {\n      answer\n      count\n    }\n    secondPreferenceCandidates {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    transfers {\n      count\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n    days {\n      day\n      calls\n      reached\n      pledged\n    }\n    volunteers {\n      calls\n      reached\n      pledged\n      lastCallAt\n      volunteer {\n        id\n        name\n      }\n    }\n  }\n": types.RegionTallyFieldsFragmentDoc,
    "\n  query RegionTallies($electionId: ID) {\n    regionTallies(electionId: $electionId) {\n      ...RegionCardFields\n    }\n  }\n": types.RegionTalliesDocument,
    "\n  subscription RegionCardChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionCardFields\n    }\n  }\n": types.RegionCardChangedDocument,
    "\n  query RegionTally($regionId: ID!) {\n    regionTally(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n": types.RegionTallyDocument,
    "\n  subscription RegionTallyChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n": types.RegionTallyChangedDocument,
    "\n  query DashboardElections {\n    elections {\n      id\n      name\n    }\n  }\n": types.DashboardElectionsDocument,
    "\n  fragment ProjectionAssumptionsFields on ProjectionAssumptions {\n    turnout\n    pledgeReliability\n    leaningReliability\n    variation\n    slates {\n      share\n      loyalty\n      slate {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n": types.ProjectionAssumptionsFieldsFragmentDoc,
    "\n  fragment ProjectionFields on Projection {\n    quota\n    simulations\n    ballots\n    expectedSeats\n    elected {\n      ...ChartCandidateFields\n    }\n    chances {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgesNeeded {\n      firstPreferences\n      secondPreferences\n      candidate {\n        id\n        name\n      }\n    }\n    assumptions {\n      ...ProjectionAssumptionsFields\n    }\n  }\n": types.ProjectionFieldsFragmentDoc,
    "\n  fragment ProjectionRunFields on ProjectionRun {\n    id\n    status\n    progress\n    simulations\n    error\n    createdAt\n    finishedAt\n    projection {\n      ...ProjectionFields\n    }\n  }\n": types.ProjectionRunFieldsFragmentDoc,
    "\n  query LatestProjectionRun($regionId: ID!) {\n    latestProjectionRun(regionId: $regionId) {\n      ...ProjectionRunFields\n    }\n  }\n": types.LatestProjectionRunDocument,
    "\n  query ProjectionRun($id: ID!) {\n    projectionRun(id: $id) {\n      ...ProjectionRunFields\n    }\n  }\n": types.ProjectionRunDocument,
    "\n  mutation StartProjection($regionId: ID!, $simulations: Int!) {\n    startProjection(regionId: $regionId, simulations: $simulations) {\n      ...ProjectionRunFields\n    }\n  }\n": types.StartProjectionDocument,
    "\n  query ProjectionAssumptions($regionId: ID!, $electionId: ID!) {\n    projectionAssumptions(regionId: $regionId) {\n      ...ProjectionAssumptionsFields\n    }\n    election(id: $electionId) {\n      id\n      slates {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n": types.ProjectionAssumptionsDocument,
    "\n  mutation SetProjectionAssumptions($regionId: ID!, $input: ProjectionAssumptionsInput!) {\n    setProjectionAssumptions(regionId: $regionId, input: $input) {\n      ...ProjectionAssumptionsFields\n    }\n  }\n": types.SetProjectionAssumptionsDocument,
    "\n  query Elections {\n    elections {\n      id\n      name\n      rule\n      createdAt\n      regions {\n        id\n        seats\n      }\n      slates {\n        id\n      }\n    }\n  }\n": types.ElectionsDocument,
    "\n  query Election($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      rule\n      createdAt\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n      regions {\n        id\n        electionId\n        code\n        name\n        seats\n        minima {\n          tag\n          count\n        }\n        postcodeAreas\n        candidates {\n          id\n          name\n          tags\n          pitch\n          regionId\n          slate {\n            id\n            name\n            colour\n            ours\n          }\n        }\n      }\n      slates {\n        id\n        electionId\n        name\n        ours\n        colour\n      }\n    }\n  }\n": types.ElectionDocument,
    "\n  mutation CreateElection($input: CreateElectionInput!) {\n    createElection(input: $input) {\n      id\n      name\n      rule\n    }\n  }\n": types.CreateElectionDocument,
    "\n  mutation UpdateElection($input: UpdateElectionInput!) {\n    updateElection(input: $input) {\n      id\n      name\n      rule\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n    }\n  }\n": types.UpdateElectionDocument,
    "\n  mutation DeleteElection($id: ID!) {\n    deleteElection(id: $id)\n  }\n": types.DeleteElectionDocument,
    "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n    }\n  }\n": types.CreateRegionDocument,
    "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n    }\n  }\n": types.UpdateRegionDocument,
    "\n  mutation SetRegionPostcodeAreas($regionId: ID!, $areas: [String!]!) {\n    setRegionPostcodeAreas(regionId: $regionId, areas: $areas) {\n      id\n      postcodeAreas\n    }\n  }\n": types.SetRegionPostcodeAreasDocument,
    "\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n": types.DeleteRegionDocument,
    "\n  mutation CreateSlate($input: CreateSlateInput!) {\n    createSlate(input: $input) {\n      id\n    }\n  }\n": types.CreateSlateDocument,
    "\n  mutation UpdateSlate($input: UpdateSlateInput!) {\n    updateSlate(input: $input) {\n      id\n    }\n  }\n": types.UpdateSlateDocument,
    "\n  mutation DeleteSlate($id: ID!) {\n    deleteSlate(id: $id)\n  }\n": types.DeleteSlateDocument,
    "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n": types.CreateCandidateDocument,
    "\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n    }\n  }\n": types.UpdateCandidateDocument,
    "\n  mutation DeleteCandidate($id: ID!) {\n    deleteCandidate(id: $id)\n  }\n": types.DeleteCandidateDocument,
    "\n  query RetentionWarnings {\n    retentionWarnings {\n      electionId\n      electionName\n      anonymisedOn\n      members\n    }\n  }\n": types.RetentionWarningsDocument,
    "\n  query ImportElections {\n    elections {\n      id\n      name\n      createdAt\n    }\n  }\n": types.ImportElectionsDocument,
    "\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      id\n      status\n      fileName\n      encoding\n      byteSize\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      duplicatePhones\n      rowsWithoutPhone\n      dryRun\n      blankCellsClear\n      failureMessage\n      createdAt\n      startedAt\n      readAt\n      finishedAt\n      rejectionReasons {\n        kind\n        reason\n        rows\n      }\n      fieldChanges {\n        field\n        changed\n        blanked\n      }\n      errors(limit: 100) {\n        line\n        message\n      }\n    }\n  }\n": types.MemberImportDocument,
    "\n  mutation ConfirmMemberImport($id: ID!) {\n    confirmMemberImport(id: $id) {\n      id\n      status\n      dryRun\n    }\n  }\n": types.ConfirmMemberImportDocument,
    "\n  query MemberImports($electionId: ID, $limit: Int) {\n    memberImports(electionId: $electionId, limit: $limit) {\n      id\n      status\n      dryRun\n      fileName\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      createdAt\n      finishedAt\n      createdBy {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n": types.MemberImportsDocument,
    "\n  query Members($filter: MemberFilter, $offset: Int, $limit: Int) {\n    members(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        membershipNumber\n        firstName\n        lastName\n        postcode\n        maskedPhone\n        doNotCall\n        erased\n        sharedPhone\n        pledgeStatus\n        called\n        region {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberRegionChoices {\n    elections {\n      id\n      name\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MemberRegionChoicesDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      phoneType\n      email\n      postcode\n      tags\n      doNotCall\n      optedOutAt\n      optOutReason\n      erased\n      sharedPhone\n      createdAt\n      updatedAt\n      region {\n        id\n        code\n        name\n      }\n      latestPledge {\n        status\n        secondPreference\n        createdAt\n      }\n    }\n  }\n": types.MemberDocument,
    "\n  mutation OptOutMember($memberId: ID!, $reason: String) {\n    optOutMember(memberId: $memberId, reason: $reason) {\n      id\n      doNotCall\n      optedOutAt\n      optOutReason\n    }\n  }\n": types.OptOutMemberDocument,
    "\n  mutation EraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      email\n      postcode\n      erased\n    }\n  }\n": types.EraseMemberDocument,
    "\n  fragment CallScriptStepFields on CallScriptStepModel {\n    key\n    type\n    text\n    options\n    skipIf {\n      step\n      answerIn\n    }\n  }\n": types.CallScriptStepFieldsFragmentDoc,
    "\n  query ScriptElections {\n    elections {\n      id\n      name\n      slates {\n        id\n        name\n        ours\n      }\n      regions {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n    }\n  }\n": types.ScriptElectionsDocument,
    "\n  query ScriptCallLists {\n    callLists(includeArchived: false) {\n      id\n      name\n      region {\n        id\n        code\n      }\n    }\n  }\n": types.ScriptCallListsDocument,
    "\n  query CallScripts($electionId: ID!) {\n    callScripts(electionId: $electionId) {\n      ...CallScriptFields\n    }\n  }\n": types.CallScriptsDocument,
    "\n  fragment CallScriptFields on CallScript {\n    id\n    scope\n    electionId\n    regionId\n    callListId\n    name\n    version\n    versionId\n    savedAt\n    savedBy\n    steps {\n      ...CallScriptStepFields\n    }\n  }\n": types.CallScriptFieldsFragmentDoc,
    "\n  mutation SaveCallScript($input: SaveCallScriptInput!) {\n    saveCallScript(input: $input) {\n      ...CallScriptFields\n    }\n  }\n": types.SaveCallScriptDocument,
    "\n  mutation DeleteCallScript($id: ID!) {\n    deleteCallScript(id: $id)\n  }\n": types.DeleteCallScriptDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      disabled\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query RegionChoices {\n    elections {\n      id\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.RegionChoicesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      disabled\n      role\n      name\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        subjectType\n        subjectId\n        details\n        user {\n          id\n          name\n          email\n        }\n        region {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        at\n        action\n        subjectType\n        subjectId\n        details\n        user {\n          id\n          name\n          email\n        }\n        region {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUsers {\n    users {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query AuditUsers {\n    users {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      name\n      role\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallLists($regionId: ID, $includeArchived: Boolean!) {\n    callLists(regionId: $regionId, includeArchived: $includeArchived) {\n      id\n      name\n      status\n      size\n      remaining\n      createdAt\n      region {\n        id\n        code\n        name\n      }\n      progress {\n        waiting\n        held\n        dueLater\n        done\n        exhausted\n        withdrawn\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallLists($regionId: ID, $includeArchived: Boolean!) {\n    callLists(regionId: $regionId, includeArchived: $includeArchived) {\n      id\n      name\n      status\n      size\n      remaining\n      createdAt\n      region {\n        id\n        code\n        name\n      }\n      progress {\n        waiting\n        held\n        dueLater\n        done\n        exhausted\n        withdrawn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallListDetails on CallList {\n    id\n    name\n    status\n    size\n    remaining\n    createdAt\n    refreshedAt\n    maxAttempts\n    leaseMinutes\n    region {\n      id\n      code\n      name\n    }\n    callingHours {\n      from\n      to\n      timeZone\n      openNow\n    }\n    retryDelays {\n      noAnswerMinutes\n      busyMinutes\n      voicemailMinutes\n    }\n    filter {\n      pledgeStatuses\n      unpledged\n      neverCalled\n      notCalledSince\n      mobileOnly\n      tags\n    }\n    progress {\n      waiting\n      held\n      dueLater\n      done\n      exhausted\n      withdrawn\n    }\n    volunteers {\n      addedAt\n      callsToday\n      callsTotal\n      reserved\n      holding\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CallListDetails on CallList {\n    id\n    name\n    status\n    size\n    remaining\n    createdAt\n    refreshedAt\n    maxAttempts\n    leaseMinutes\n    region {\n      id\n      code\n      name\n    }\n    callingHours {\n      from\n      to\n      timeZone\n      openNow\n    }\n    retryDelays {\n      noAnswerMinutes\n      busyMinutes\n      voicemailMinutes\n    }\n    filter {\n      pledgeStatuses\n      unpledged\n      neverCalled\n      notCalledSince\n      mobileOnly\n      tags\n    }\n    progress {\n      waiting\n      held\n      dueLater\n      done\n      exhausted\n      withdrawn\n    }\n    volunteers {\n      addedAt\n      callsToday\n      callsTotal\n      reserved\n      holding\n      user {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallList($id: ID!) {\n    callList(id: $id) {\n      ...CallListDetails\n    }\n  }\n"): (typeof documents)["\n  query CallList($id: ID!) {\n    callList(id: $id) {\n      ...CallListDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallListChanged($id: ID!) {\n    callListChanged(callListId: $id) {\n      ...CallListDetails\n    }\n  }\n"): (typeof documents)["\n  subscription CallListChanged($id: ID!) {\n    callListChanged(callListId: $id) {\n      ...CallListDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallListMatchCount($regionId: ID!, $filter: CallListFilterInput) {\n    callListMatchCount(regionId: $regionId, filter: $filter)\n  }\n"): (typeof documents)["\n  query CallListMatchCount($regionId: ID!, $filter: CallListFilterInput) {\n    callListMatchCount(regionId: $regionId, filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableVolunteers($callListId: ID!) {\n    assignableVolunteers(callListId: $callListId) {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AssignableVolunteers($callListId: ID!) {\n    assignableVolunteers(callListId: $callListId) {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCallList($input: CreateCallListInput!) {\n    createCallList(input: $input) {\n      id\n      name\n      size\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCallList($input: CreateCallListInput!) {\n    createCallList(input: $input) {\n      id\n      name\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCallList($input: UpdateCallListInput!) {\n    updateCallList(input: $input) {\n      id\n      name\n      maxAttempts\n      leaseMinutes\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n      retryDelays {\n        noAnswerMinutes\n        busyMinutes\n        voicemailMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCallList($input: UpdateCallListInput!) {\n    updateCallList(input: $input) {\n      id\n      name\n      maxAttempts\n      leaseMinutes\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n      retryDelays {\n        noAnswerMinutes\n        busyMinutes\n        voicemailMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshCallList($id: ID!) {\n    refreshCallList(id: $id) {\n      added\n      callList {\n        id\n        size\n        remaining\n        refreshedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshCallList($id: ID!) {\n    refreshCallList(id: $id) {\n      added\n      callList {\n        id\n        size\n        remaining\n        refreshedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCallList($id: ID!) {\n    pauseCallList(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCallList($id: ID!) {\n    pauseCallList(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCallList($id: ID!) {\n    resumeCallList(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCallList($id: ID!) {\n    resumeCallList(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCallList($id: ID!) {\n    archiveCallList(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCallList($id: ID!) {\n    archiveCallList(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVolunteersToCallList($callListId: ID!, $userIds: [ID!]!) {\n    addVolunteersToCallList(callListId: $callListId, userIds: $userIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddVolunteersToCallList($callListId: ID!, $userIds: [ID!]!) {\n    addVolunteersToCallList(callListId: $callListId, userIds: $userIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveVolunteerFromCallList($callListId: ID!, $userId: ID!) {\n    removeVolunteerFromCallList(callListId: $callListId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveVolunteerFromCallList($callListId: ID!, $userId: ID!) {\n    removeVolunteerFromCallList(callListId: $callListId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveMembersForVolunteer($callListId: ID!, $userId: ID!, $count: Int!) {\n    reserveMembersForVolunteer(callListId: $callListId, userId: $userId, count: $count)\n  }\n"): (typeof documents)["\n  mutation ReserveMembersForVolunteer($callListId: ID!, $userId: ID!, $count: Int!) {\n    reserveMembersForVolunteer(callListId: $callListId, userId: $userId, count: $count)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseReservedMembers($callListId: ID!, $userId: ID!) {\n    releaseReservedMembers(callListId: $callListId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ReleaseReservedMembers($callListId: ID!, $userId: ID!) {\n    releaseReservedMembers(callListId: $callListId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstPreferenceTargets($id: ID!) {\n    callList(id: $id) {\n      id\n      region {\n        id\n        code\n        firstPreferenceTargets {\n          candidate {\n            id\n            name\n          }\n          weight\n          share\n          firstPreferences\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FirstPreferenceTargets($id: ID!) {\n    callList(id: $id) {\n      id\n      region {\n        id\n        code\n        firstPreferenceTargets {\n          candidate {\n            id\n            name\n          }\n          weight\n          share\n          firstPreferences\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegionActivity($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      countedAt\n    }\n  }\n"): (typeof documents)["\n  subscription RegionActivity($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      countedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFirstPreferenceTargets($regionId: ID!, $targets: [FirstPreferenceTargetInput!]!) {\n    setFirstPreferenceTargets(regionId: $regionId, targets: $targets) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetFirstPreferenceTargets($regionId: ID!, $targets: [FirstPreferenceTargetInput!]!) {\n    setFirstPreferenceTargets(regionId: $regionId, targets: $targets) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallingLists {\n    callLists {\n      id\n      name\n      status\n      remaining\n      region {\n        id\n        code\n        name\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallingLists {\n    callLists {\n      id\n      name\n      status\n      remaining\n      region {\n        id\n        code\n        name\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallingList($id: ID!) {\n    callList(id: $id) {\n      id\n      name\n      status\n      remaining\n      election {\n        id\n        name\n        slates {\n          id\n          name\n          ours\n        }\n      }\n      region {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n    callScript(callListId: $id) {\n      versionId\n      steps {\n        ...CallScriptStepFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallingList($id: ID!) {\n    callList(id: $id) {\n      id\n      name\n      status\n      remaining\n      election {\n        id\n        name\n        slates {\n          id\n          name\n          ours\n        }\n      }\n      region {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n      callingHours {\n        from\n        to\n        timeZone\n        openNow\n      }\n    }\n    callScript(callListId: $id) {\n      versionId\n      steps {\n        ...CallScriptStepFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClaimFields on Claim {\n    id\n    claimedAt\n    expiresAt\n    recommendedFirstPreference {\n      id\n    }\n    member {\n      id\n      membershipNumber\n      firstName\n      lastName\n      erased\n      phone\n      phoneType\n      sharedPhone\n      region {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClaimFields on Claim {\n    id\n    claimedAt\n    expiresAt\n    recommendedFirstPreference {\n      id\n    }\n    member {\n      id\n      membershipNumber\n      firstName\n      lastName\n      erased\n      phone\n      phoneType\n      sharedPhone\n      region {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentClaim($callListId: ID!) {\n    currentClaim(callListId: $callListId) {\n      ...ClaimFields\n    }\n  }\n"): (typeof documents)["\n  query CurrentClaim($callListId: ID!) {\n    currentClaim(callListId: $callListId) {\n      ...ClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNextContact($callListId: ID!, $finishedClaimId: ID) {\n    claimNextContact(callListId: $callListId, finishedClaimId: $finishedClaimId) {\n      ...ClaimFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNextContact($callListId: ID!, $finishedClaimId: ID) {\n    claimNextContact(callListId: $callListId, finishedClaimId: $finishedClaimId) {\n      ...ClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewClaim($claimId: ID!) {\n    renewClaim(claimId: $claimId) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenewClaim($claimId: ID!) {\n    renewClaim(claimId: $claimId) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId)\n  }\n"): (typeof documents)["\n  mutation ReleaseClaim($claimId: ID!) {\n    releaseClaim(claimId: $claimId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      disposition\n      attempt\n      callBackAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      disposition\n      attempt\n      callBackAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChartCandidateFields on Candidate {\n    id\n    name\n    slate {\n      id\n      name\n      colour\n      ours\n    }\n  }\n"): (typeof documents)["\n  fragment ChartCandidateFields on Candidate {\n    id\n    name\n    slate {\n      id\n      name\n      colour\n      ours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionCardFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n  }\n"): (typeof documents)["\n  fragment RegionCardFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionTallyFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n      candidates {\n        ...ChartCandidateFields\n      }\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n    secondPreferenceAgreed\n    ballotsReceived\n    voted\n    firstPreferences {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgeStatuses {\n      status\n      count\n    }\n    secondPreferences {\n      answer\n      count\n    }\n    secondPreferenceCandidates {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    transfers {\n      count\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n    days {\n      day\n      calls\n      reached\n      pledged\n    }\n    volunteers {\n      calls\n      reached\n      pledged\n      lastCallAt\n      volunteer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RegionTallyFields on RegionTally {\n    region {\n      id\n      electionId\n      code\n      name\n      seats\n      candidates {\n        ...ChartCandidateFields\n      }\n    }\n    members\n    called\n    reached\n    pledged\n    quota\n    countedAt\n    secondPreferenceAgreed\n    ballotsReceived\n    voted\n    firstPreferences {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgeStatuses {\n      status\n      count\n    }\n    secondPreferences {\n      answer\n      count\n    }\n    secondPreferenceCandidates {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    transfers {\n      count\n      from {\n        id\n      }\n      to {\n        id\n      }\n    }\n    days {\n      day\n      calls\n      reached\n      pledged\n    }\n    volunteers {\n      calls\n      reached\n      pledged\n      lastCallAt\n      volunteer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTallies($electionId: ID) {\n    regionTallies(electionId: $electionId) {\n      ...RegionCardFields\n    }\n  }\n"): (typeof documents)["\n  query RegionTallies($electionId: ID) {\n    regionTallies(electionId: $electionId) {\n      ...RegionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegionCardChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionCardFields\n    }\n  }\n"): (typeof documents)["\n  subscription RegionCardChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionTally($regionId: ID!) {\n    regionTally(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n"): (typeof documents)["\n  query RegionTally($regionId: ID!) {\n    regionTally(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RegionTallyChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n"): (typeof documents)["\n  subscription RegionTallyChanged($regionId: ID!) {\n    regionTallyChanged(regionId: $regionId) {\n      ...RegionTallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardElections {\n    elections {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DashboardElections {\n    elections {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectionAssumptionsFields on ProjectionAssumptions {\n    turnout\n    pledgeReliability\n    leaningReliability\n    variation\n    slates {\n      share\n      loyalty\n      slate {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectionAssumptionsFields on ProjectionAssumptions {\n    turnout\n    pledgeReliability\n    leaningReliability\n    variation\n    slates {\n      share\n      loyalty\n      slate {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectionFields on Projection {\n    quota\n    simulations\n    ballots\n    expectedSeats\n    elected {\n      ...ChartCandidateFields\n    }\n    chances {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgesNeeded {\n      firstPreferences\n      secondPreferences\n      candidate {\n        id\n        name\n      }\n    }\n    assumptions {\n      ...ProjectionAssumptionsFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectionFields on Projection {\n    quota\n    simulations\n    ballots\n    expectedSeats\n    elected {\n      ...ChartCandidateFields\n    }\n    chances {\n      count\n      candidate {\n        ...ChartCandidateFields\n      }\n    }\n    pledgesNeeded {\n      firstPreferences\n      secondPreferences\n      candidate {\n        id\n        name\n      }\n    }\n    assumptions {\n      ...ProjectionAssumptionsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectionRunFields on ProjectionRun {\n    id\n    status\n    progress\n    simulations\n    error\n    createdAt\n    finishedAt\n    projection {\n      ...ProjectionFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectionRunFields on ProjectionRun {\n    id\n    status\n    progress\n    simulations\n    error\n    createdAt\n    finishedAt\n    projection {\n      ...ProjectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestProjectionRun($regionId: ID!) {\n    latestProjectionRun(regionId: $regionId) {\n      ...ProjectionRunFields\n    }\n  }\n"): (typeof documents)["\n  query LatestProjectionRun($regionId: ID!) {\n    latestProjectionRun(regionId: $regionId) {\n      ...ProjectionRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectionRun($id: ID!) {\n    projectionRun(id: $id) {\n      ...ProjectionRunFields\n    }\n  }\n"): (typeof documents)["\n  query ProjectionRun($id: ID!) {\n    projectionRun(id: $id) {\n      ...ProjectionRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProjection($regionId: ID!, $simulations: Int!) {\n    startProjection(regionId: $regionId, simulations: $simulations) {\n      ...ProjectionRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartProjection($regionId: ID!, $simulations: Int!) {\n    startProjection(regionId: $regionId, simulations: $simulations) {\n      ...ProjectionRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectionAssumptions($regionId: ID!, $electionId: ID!) {\n    projectionAssumptions(regionId: $regionId) {\n      ...ProjectionAssumptionsFields\n    }\n    election(id: $electionId) {\n      id\n      slates {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectionAssumptions($regionId: ID!, $electionId: ID!) {\n    projectionAssumptions(regionId: $regionId) {\n      ...ProjectionAssumptionsFields\n    }\n    election(id: $electionId) {\n      id\n      slates {\n        id\n        name\n        colour\n        ours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProjectionAssumptions($regionId: ID!, $input: ProjectionAssumptionsInput!) {\n    setProjectionAssumptions(regionId: $regionId, input: $input) {\n      ...ProjectionAssumptionsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetProjectionAssumptions($regionId: ID!, $input: ProjectionAssumptionsInput!) {\n    setProjectionAssumptions(regionId: $regionId, input: $input) {\n      ...ProjectionAssumptionsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Elections {\n    elections {\n      id\n      name\n      rule\n      createdAt\n      regions {\n        id\n        seats\n      }\n      slates {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Elections {\n    elections {\n      id\n      name\n      rule\n      createdAt\n      regions {\n        id\n        seats\n      }\n      slates {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Election($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      rule\n      createdAt\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n      regions {\n        id\n        electionId\n        code\n        name\n        seats\n        minima {\n          tag\n          count\n        }\n        postcodeAreas\n        candidates {\n          id\n          name\n          tags\n          pitch\n          regionId\n          slate {\n            id\n            name\n            colour\n            ours\n          }\n        }\n      }\n      slates {\n        id\n        electionId\n        name\n        ours\n        colour\n      }\n    }\n  }\n"): (typeof documents)["\n  query Election($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      rule\n      createdAt\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n      regions {\n        id\n        electionId\n        code\n        name\n        seats\n        minima {\n          tag\n          count\n        }\n        postcodeAreas\n        candidates {\n          id\n          name\n          tags\n          pitch\n          regionId\n          slate {\n            id\n            name\n            colour\n            ours\n          }\n        }\n      }\n      slates {\n        id\n        electionId\n        name\n        ours\n        colour\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateElection($input: CreateElectionInput!) {\n    createElection(input: $input) {\n      id\n      name\n      rule\n    }\n  }\n"): (typeof documents)["\n  mutation CreateElection($input: CreateElectionInput!) {\n    createElection(input: $input) {\n      id\n      name\n      rule\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateElection($input: UpdateElectionInput!) {\n    updateElection(input: $input) {\n      id\n      name\n      rule\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateElection($input: UpdateElectionInput!) {\n    updateElection(input: $input) {\n      id\n      name\n      rule\n      pollingDay\n      retentionDays\n      contactDetailsAnonymisedOn\n      contactDetailsAnonymisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteElection($id: ID!) {\n    deleteElection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteElection($id: ID!) {\n    deleteElection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($input: UpdateRegionInput!) {\n    updateRegion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRegionPostcodeAreas($regionId: ID!, $areas: [String!]!) {\n    setRegionPostcodeAreas(regionId: $regionId, areas: $areas) {\n      id\n      postcodeAreas\n    }\n  }\n"): (typeof documents)["\n  mutation SetRegionPostcodeAreas($regionId: ID!, $areas: [String!]!) {\n    setRegionPostcodeAreas(regionId: $regionId, areas: $areas) {\n      id\n      postcodeAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRegion($id: ID!) {\n    deleteRegion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSlate($input: CreateSlateInput!) {\n    createSlate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSlate($input: CreateSlateInput!) {\n    createSlate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlate($input: UpdateSlateInput!) {\n    updateSlate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSlate($input: UpdateSlateInput!) {\n    updateSlate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSlate($id: ID!) {\n    deleteSlate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSlate($id: ID!) {\n    deleteSlate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCandidate($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCandidate($id: ID!) {\n    deleteCandidate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCandidate($id: ID!) {\n    deleteCandidate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionWarnings {\n    retentionWarnings {\n      electionId\n      electionName\n      anonymisedOn\n      members\n    }\n  }\n"): (typeof documents)["\n  query RetentionWarnings {\n    retentionWarnings {\n      electionId\n      electionName\n      anonymisedOn\n      members\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportElections {\n    elections {\n      id\n      name\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ImportElections {\n    elections {\n      id\n      name\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      id\n      status\n      fileName\n      encoding\n      byteSize\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      duplicatePhones\n      rowsWithoutPhone\n      dryRun\n      blankCellsClear\n      failureMessage\n      createdAt\n      startedAt\n      readAt\n      finishedAt\n      rejectionReasons {\n        kind\n        reason\n        rows\n      }\n      fieldChanges {\n        field\n        changed\n        blanked\n      }\n      errors(limit: 100) {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberImport($id: ID!) {\n    memberImport(id: $id) {\n      id\n      status\n      fileName\n      encoding\n      byteSize\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      duplicatePhones\n      rowsWithoutPhone\n      dryRun\n      blankCellsClear\n      failureMessage\n      createdAt\n      startedAt\n      readAt\n      finishedAt\n      rejectionReasons {\n        kind\n        reason\n        rows\n      }\n      fieldChanges {\n        field\n        changed\n        blanked\n      }\n      errors(limit: 100) {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMemberImport($id: ID!) {\n    confirmMemberImport(id: $id) {\n      id\n      status\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMemberImport($id: ID!) {\n    confirmMemberImport(id: $id) {\n      id\n      status\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImports($electionId: ID, $limit: Int) {\n    memberImports(electionId: $electionId, limit: $limit) {\n      id\n      status\n      dryRun\n      fileName\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      createdAt\n      finishedAt\n      createdBy {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberImports($electionId: ID, $limit: Int) {\n    memberImports(electionId: $electionId, limit: $limit) {\n      id\n      status\n      dryRun\n      fileName\n      rowsTotal\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      createdAt\n      finishedAt\n      createdBy {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $offset: Int, $limit: Int) {\n    members(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        membershipNumber\n        firstName\n        lastName\n        postcode\n        maskedPhone\n        doNotCall\n        erased\n        sharedPhone\n        pledgeStatus\n        called\n        region {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: MemberFilter, $offset: Int, $limit: Int) {\n    members(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        id\n        membershipNumber\n        firstName\n        lastName\n        postcode\n        maskedPhone\n        doNotCall\n        erased\n        sharedPhone\n        pledgeStatus\n        called\n        region {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRegionChoices {\n    elections {\n      id\n      name\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberRegionChoices {\n    elections {\n      id\n      name\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      phoneType\n      email\n      postcode\n      tags\n      doNotCall\n      optedOutAt\n      optOutReason\n      erased\n      sharedPhone\n      createdAt\n      updatedAt\n      region {\n        id\n        code\n        name\n      }\n      latestPledge {\n        status\n        secondPreference\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      phoneType\n      email\n      postcode\n      tags\n      doNotCall\n      optedOutAt\n      optOutReason\n      erased\n      sharedPhone\n      createdAt\n      updatedAt\n      region {\n        id\n        code\n        name\n      }\n      latestPledge {\n        status\n        secondPreference\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptOutMember($memberId: ID!, $reason: String) {\n    optOutMember(memberId: $memberId, reason: $reason) {\n      id\n      doNotCall\n      optedOutAt\n      optOutReason\n    }\n  }\n"): (typeof documents)["\n  mutation OptOutMember($memberId: ID!, $reason: String) {\n    optOutMember(memberId: $memberId, reason: $reason) {\n      id\n      doNotCall\n      optedOutAt\n      optOutReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      email\n      postcode\n      erased\n    }\n  }\n"): (typeof documents)["\n  mutation EraseMember($memberId: ID!) {\n    eraseMember(memberId: $memberId) {\n      id\n      membershipNumber\n      firstName\n      lastName\n      phone\n      email\n      postcode\n      erased\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallScriptStepFields on CallScriptStepModel {\n    key\n    type\n    text\n    options\n    skipIf {\n      step\n      answerIn\n    }\n  }\n"): (typeof documents)["\n  fragment CallScriptStepFields on CallScriptStepModel {\n    key\n    type\n    text\n    options\n    skipIf {\n      step\n      answerIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScriptElections {\n    elections {\n      id\n      name\n      slates {\n        id\n        name\n        ours\n      }\n      regions {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScriptElections {\n    elections {\n      id\n      name\n      slates {\n        id\n        name\n        ours\n      }\n      regions {\n        id\n        code\n        name\n        seats\n        candidates {\n          id\n          name\n          pitch\n          slate {\n            id\n            ours\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScriptCallLists {\n    callLists(includeArchived: false) {\n      id\n      name\n      region {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScriptCallLists {\n    callLists(includeArchived: false) {\n      id\n      name\n      region {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallScripts($electionId: ID!) {\n    callScripts(electionId: $electionId) {\n      ...CallScriptFields\n    }\n  }\n"): (typeof documents)["\n  query CallScripts($electionId: ID!) {\n    callScripts(electionId: $electionId) {\n      ...CallScriptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallScriptFields on CallScript {\n    id\n    scope\n    electionId\n    regionId\n    callListId\n    name\n    version\n    versionId\n    savedAt\n    savedBy\n    steps {\n      ...CallScriptStepFields\n    }\n  }\n"): (typeof documents)["\n  fragment CallScriptFields on CallScript {\n    id\n    scope\n    electionId\n    regionId\n    callListId\n    name\n    version\n    versionId\n    savedAt\n    savedBy\n    steps {\n      ...CallScriptStepFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCallScript($input: SaveCallScriptInput!) {\n    saveCallScript(input: $input) {\n      ...CallScriptFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCallScript($input: SaveCallScriptInput!) {\n    saveCallScript(input: $input) {\n      ...CallScriptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCallScript($id: ID!) {\n    deleteCallScript(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCallScript($id: ID!) {\n    deleteCallScript(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      disabled\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      email\n      name\n      role\n      disabled\n      createdAt\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChoices {\n    elections {\n      id\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionChoices {\n    elections {\n      id\n      name\n      regions {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      disabled\n      role\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      disabled\n      role\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;