import { type ReactNode } from 'react';

import { Alert, PageHeader } from '../../../design-system';
import { useIsAdmin } from '../../auth/hooks/useCurrentUser';

/** Hides an admin page from other roles; the API refuses them regardless. */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  if (useIsAdmin()) return children;
  return (
    <>
      <PageHeader title={title} />
      <Alert tone="info">Only admins can use this page.</Alert>
    </>
  );
}
