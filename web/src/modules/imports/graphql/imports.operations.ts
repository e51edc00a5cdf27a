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
      failureMessage
      createdAt
      startedAt
      readAt
      finishedAt
      errors(limit: 100) {
        line
        message
      }
    }
  }
`);

export const MEMBER_IMPORTS_QUERY = graphql(`
  query MemberImports($electionId: ID, $limit: Int) {
    memberImports(electionId: $electionId, limit: $limit) {
      id
      status
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
