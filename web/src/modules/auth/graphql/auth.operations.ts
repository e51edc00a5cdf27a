import { graphql } from '../../../gql';

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      regions {
        id
        code
        name
      }
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      name
      role
      regions {
        id
        code
        name
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
