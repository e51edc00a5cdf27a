import { type ApolloLink } from '@apollo/client';
import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { type ReactElement } from 'react';

import { CurrentUserContext } from '../modules/auth/hooks/useCurrentUser';
import { type CurrentUser } from '../modules/auth/hooks/useMe';
import { createBrowserRouter, RouterProvider } from '../router';

/** A signed-in user as the API returns one, with the type names Apollo's cache adds. */
type ServedUser = CurrentUser & {
  __typename: 'User';
  regions: (CurrentUser['regions'][number] & { __typename: 'Region' })[];
};

export const ADMIN: ServedUser = {
  __typename: 'User',
  id: 'u-admin',
  email: 'ada@example.org',
  name: 'Ada Admin',
  role: 'ADMIN',
  regions: [],
};

export const VOLUNTEER: ServedUser = {
  __typename: 'User',
  id: 'u-vol',
  email: 'val@example.org',
  name: 'Val Volunteer',
  role: 'VOLUNTEER',
  regions: [{ __typename: 'Region', id: 'r-ldn', code: 'LDN', name: 'London & Eastern' }],
};

export interface RenderOptions {
  mocks?: readonly MockLink.MockedResponse[];
  /** A link to use instead of one made from `mocks` (e.g. to push subscription results). */
  link?: ApolloLink;
  /** Renders inside the signed-in frame as this user; omit for signed-out pages. */
  user?: CurrentUser;
  /** The route pattern the element is mounted at, and the address to open. */
  path?: string;
  at?: string;
  /** Other routes to mount, so navigation can be observed. */
  otherRoutes?: { path: string; element: ReactElement }[];
}

export function renderPage(
  element: ReactElement,
  { mocks = [], link, user, path = '/', at = path, otherRoutes = [] }: RenderOptions = {},
) {
  const page = user ? (
    <CurrentUserContext.Provider value={user}>{element}</CurrentUserContext.Provider>
  ) : (
    element
  );
  window.history.replaceState(null, '', at);
  const router = createBrowserRouter([{ path, element: page }, ...otherRoutes]);
  const result = render(
    <MockedProvider mocks={mocks} link={link}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...result, router };
}
