import { type ReactNode } from 'react';

import { RoleOnly } from './RoleOnly';

/** Hides an admin page from other roles; the API refuses them regardless. */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  return (
    <RoleOnly roles={['ADMIN']} title={title}>
      {children}
    </RoleOnly>
  );
}
