import { lazy } from 'react';
import { type RouteObject } from 'react-router';

import { SignInPage } from '../auth/components/SignInPage';
import { AdminOnly } from './components/AdminOnly';
import { AppLayout } from './components/AppLayout';
import { HomePage } from './components/HomePage';
import { NotFoundPage } from './components/NotFoundPage';
import { RoleOnly } from './components/RoleOnly';

// Each screen is its own chunk, loaded when first opened: a volunteer's phone downloads the
// call screen, not the coordinators' screens.
const AuditLogPage = lazy(() =>
  import('../audit/components/AuditLogPage').then((module) => ({ default: module.AuditLogPage })),
);
const CallListPage = lazy(() =>
  import('../call-lists/components/CallListPage').then((module) => ({
    default: module.CallListPage,
  })),
);
const CallListsPage = lazy(() =>
  import('../call-lists/components/CallListsPage').then((module) => ({
    default: module.CallListsPage,
  })),
);
const NewCallListPage = lazy(() =>
  import('../call-lists/components/NewCallListPage').then((module) => ({
    default: module.NewCallListPage,
  })),
);
const CallingPage = lazy(() =>
  import('../calling/components/CallingPage').then((module) => ({ default: module.CallingPage })),
);
const CallPage = lazy(() =>
  import('../calling/components/CallPage').then((module) => ({ default: module.CallPage })),
);
const ElectionPage = lazy(() =>
  import('../elections/components/ElectionPage').then((module) => ({
    default: module.ElectionPage,
  })),
);
const ElectionsPage = lazy(() =>
  import('../elections/components/ElectionsPage').then((module) => ({
    default: module.ElectionsPage,
  })),
);
const ImportPage = lazy(() =>
  import('../imports/components/ImportPage').then((module) => ({ default: module.ImportPage })),
);
const MemberPage = lazy(() =>
  import('../members/components/MemberPage').then((module) => ({ default: module.MemberPage })),
);
const MembersPage = lazy(() =>
  import('../members/components/MembersPage').then((module) => ({ default: module.MembersPage })),
);
const ScriptsPage = lazy(() =>
  import('../scripts/components/ScriptsPage').then((module) => ({ default: module.ScriptsPage })),
);
const UsersPage = lazy(() =>
  import('../users/components/UsersPage').then((module) => ({ default: module.UsersPage })),
);

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
