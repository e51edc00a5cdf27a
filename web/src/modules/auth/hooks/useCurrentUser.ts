import { createContext, useContext } from 'react';

import { type CurrentUser } from './useMe';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user, inside the signed-in part of the app. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside the signed-in layout.');
  return user;
}

export function useIsAdmin(): boolean {
  return useCurrentUser().role === 'ADMIN';
}
