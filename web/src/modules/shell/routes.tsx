import { type RouteObject } from 'react-router';

import { AuditLogPage } from '../audit/components/AuditLogPage';
import { SignInPage } from '../auth/components/SignInPage';
import { CallListPage } from '../call-lists/components/CallListPage';
import { CallListsPage } from '../call-lists/components/CallListsPage';
import { NewCallListPage } from '../call-lists/components/NewCallListPage';
import { CallingPage } from '../calling/components/CallingPage';
import { CallPage } from '../calling/components/CallPage';
import { ElectionPage } from '../elections/components/ElectionPage';
import { ElectionsPage } from '../elections/components/ElectionsPage';
import { ImportPage } from '../imports/components/ImportPage';
import { MemberPage } from '../members/components/MemberPage';
import { MembersPage } from '../members/components/MembersPage';
import { ScriptsPage } from '../scripts/components/ScriptsPage';
import { UsersPage } from '../users/components/UsersPage';
import { AdminOnly } from './components/AdminOnly';
import { AppLayout } from './components/AppLayout';
import { HomePage } from './components/HomePage';
import { NotFoundPage } from './components/NotFoundPage';
import { RoleOnly } from './components/RoleOnly';

const MEMBER_ROLES = ['ADMIN', 'COORDINATOR'] as const;

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
        path: 'members',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Members">
            <MembersPage />
          </RoleOnly>
        ),
      },
      {
        path: 'members/import',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Import members">
            <ImportPage />
          </RoleOnly>
        ),
      },
      {
        path: 'members/:memberId',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Member">
            <MemberPage />
          </RoleOnly>
        ),
      },
      {
        path: 'call-lists',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Call lists">
            <CallListsPage />
          </RoleOnly>
        ),
      },
      {
        path: 'call-lists/new',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="New call list">
            <NewCallListPage />
          </RoleOnly>
        ),
      },
      {
        path: 'call-lists/:callListId',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Call list">
            <CallListPage />
          </RoleOnly>
        ),
      },
      {
        path: 'scripts',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Call scripts">
            <ScriptsPage />
          </RoleOnly>
        ),
      },
      { path: 'calling', element: <CallingPage /> },
      { path: 'calling/:callListId', element: <CallPage /> },
      {
        path: 'users',
        element: (
          <AdminOnly title="Users">
            <UsersPage />
          </AdminOnly>
        ),
      },
      {
        path: 'audit',
        element: (
          <AdminOnly title="Audit log">
            <AuditLogPage />
          </AdminOnly>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
