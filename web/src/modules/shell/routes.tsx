import { type RouteObject } from 'react-router';

import { SignInPage } from '../auth/components/SignInPage';
import { ElectionPage } from '../elections/components/ElectionPage';
import { ElectionsPage } from '../elections/components/ElectionsPage';
import { UsersPage } from '../users/components/UsersPage';
import { AdminOnly } from './components/AdminOnly';
import { AppLayout } from './components/AppLayout';
import { HomePage } from './components/HomePage';
import { NotFoundPage } from './components/NotFoundPage';

export const appRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'elections', element: <ElectionsPage /> },
      { path: 'elections/:electionId', element: <ElectionPage /> },
      {
        path: 'users',
        element: (
          <AdminOnly title="Users">
            <UsersPage />
          </AdminOnly>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
