import { type ReactNode } from 'react';

import { EmptyState, PageHeader } from '../../../design-system';
import { type Role } from '../../../gql/graphql';
import { Link } from '../../../router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ROLE_LABELS } from '../../auth/utils/roles';

export interface RoleOnlyProps {
  roles: readonly Role[];
  title: string;
  children: ReactNode;
}

/** Shows a page only to the roles it is for; the API refuses the others regardless. */
export function RoleOnly({ roles, title, children }: RoleOnlyProps) {
  const me = useCurrentUser();
  if (roles.includes(me.role)) return children;
  const who = roles.map((role) => `${ROLE_LABELS[role].toLowerCase()}s`).join(' and ');
  return (
    <>
      <PageHeader title={title} />
      <EmptyState
        title="This page is not for your role."
        action={<Link to="/">Go to the home page</Link>}
      >
        <p>{`Only ${who} can use it. You are signed in as ${ROLE_LABELS[me.role].toLowerCase()}.`}</p>
      </EmptyState>
    </>
  );
}
