import { graphql } from '../../../gql';

export const IMPORT_ELECTIONS_QUERY = graphql(`
  query ImportElections {
    elections {
      id
      name
      createdAt
    }
  }
`);

export const MEMBER_IMPORT_QUERY = graphql(`
  query MemberImport($id: ID!) {
    memberImport(id: $id) {
      id
      status
      fileName
      encoding
      byteSize
      rowsTotal
      rowsInserted
      rowsUpdated
      rowsUnchanged
      rowsRejected
      duplicatePhones
      rowsWithoutPhone
      dryRun
      blankCellsClear
      failureMessage
      createdAt
      startedAt
      readAt
      finishedAt
      rejectionReasons {
        kind
        reason
        rows
      }
      fieldChanges {
        field
        changed
        blanked
      }
      errors(limit: 100) {
        line
        message
      }
    }
  }
`);

export const CONFIRM_MEMBER_IMPORT_MUTATION = graphql(`
  mutation ConfirmMemberImport($id: ID!) {
    confirmMemberImport(id: $id) {
      id
      status
      dryRun
    }
  }
`);

export const MEMBER_IMPORTS_QUERY = graphql(`
  query MemberImports($electionId: ID, $limit: Int) {
    memberImports(electionId: $electionId, limit: $limit) {
      id
      status
      dryRun
      fileName
      rowsTotal
      rowsInserted
      rowsUpdated
      rowsUnchanged
      rowsRejected
      createdAt
      finishedAt
      createdBy {
        id
        name
      }
      election {
        id
        name
      }
    }
  }
`);
