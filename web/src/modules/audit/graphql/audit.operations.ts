import { graphql } from '../../../gql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        at
        action
        subjectType
        subjectId
        details
        user {
          id
          name
          email
        }
        region {
          id
          code
        }
      }
    }
  }
`);

export const AUDIT_USERS_QUERY = graphql(`
  query AuditUsers {
    users {
      id
      name
      email
    }
  }
`);
