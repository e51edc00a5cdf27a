import { graphql } from '../../../gql';

export const USERS_QUERY = graphql(`
  query Users {
    users {
      id
      email
      name
      role
      disabled
      createdAt
      regions {
        id
        code
        name
      }
    }
  }
`);

export const REGION_CHOICES_QUERY = graphql(`
  query RegionChoices {
    elections {
      id
      name
      regions {
        id
        code
        name
      }
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      disabled
      role
      name
    }
  }
`);
