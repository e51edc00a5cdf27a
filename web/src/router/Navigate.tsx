import { useEffect } from 'react';

import { useNavigate } from './hooks';

/** Navigates once rendered: a page that sends its visitor elsewhere. */
export function Navigate({ to, replace = false }: { to: string; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace }), [navigate, to, replace]);
  return null;
}
