import { type Role } from '../../../gql/graphql';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Admin',
  COORDINATOR: 'Coordinator',
  VOLUNTEER: 'Volunteer',
};

export const ROLE_OPTIONS: readonly { value: Role; label: string }[] = [
  { value: 'VOLUNTEER', label: ROLE_LABELS.VOLUNTEER },
  { value: 'COORDINATOR', label: ROLE_LABELS.COORDINATOR },
  { value: 'ADMIN', label: ROLE_LABELS.ADMIN },
];
