import { type ComponentType, lazy } from 'react';

import { type AppRoute } from '../../router';
import { SignInPage } from '../auth/components/SignInPage';
import { AdminOnly } from './components/AdminOnly';
import { AppLayout } from './components/AppLayout';
import { HomePage } from './components/HomePage';
import { NotFoundPage } from './components/NotFoundPage';
import { RoleOnly } from './components/RoleOnly';

// Each screen is its own chunk, loaded when first opened: a volunteer's phone downloads the
// call screen, not the coordinators' screens.
function screen<Name extends string>(
  module: Promise<Record<Name, ComponentType>>,
  name: Name,
): Promise<{ default: ComponentType }> {
  return module.then((loaded) => ({ default: loaded[name] }));
}

const AuditLogPage = lazy(() => screen(import('../audit/components/AuditLogPage'), 'AuditLogPage'));
const CallListPage = lazy(() =>
  screen(import('../call-lists/components/CallListPage'), 'CallListPage'),
);
const CallListsPage = lazy(() =>
  screen(import('../call-lists/components/CallListsPage'), 'CallListsPage'),
);
const NewCallListPage = lazy(() =>
  screen(import('../call-lists/components/NewCallListPage'), 'NewCallListPage'),
);
const CallingPage = lazy(() => screen(import('../calling/components/CallingPage'), 'CallingPage'));
const CallPage = lazy(() => screen(import('../calling/components/CallPage'), 'CallPage'));
const DashboardPage = lazy(() =>
  screen(import('../dashboards/components/DashboardPage'), 'DashboardPage'),
);
const RegionDashboardPage = lazy(() =>
  screen(import('../dashboards/components/RegionDashboardPage'), 'RegionDashboardPage'),
);
const ElectionPage = lazy(() =>
  screen(import('../elections/components/ElectionPage'), 'ElectionPage'),
);
const ElectionsPage = lazy(() =>
  screen(import('../elections/components/ElectionsPage'), 'ElectionsPage'),
);
const ImportPage = lazy(() => screen(import('../imports/components/ImportPage'), 'ImportPage'));
const MemberPage = lazy(() => screen(import('../members/components/MemberPage'), 'MemberPage'));
const MembersPage = lazy(() => screen(import('../members/components/MembersPage'), 'MembersPage'));
const ScriptsPage = lazy(() => screen(import('../scripts/components/ScriptsPage'), 'ScriptsPage'));
const UsersPage = lazy(() => screen(import('../users/components/UsersPage'), 'UsersPage'));

const MEMBER_ROLES = ['ADMIN', 'COORDINATOR'] as const;

export const appRoutes: AppRoute[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'dashboard',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Dashboard">
            <DashboardPage />
          </RoleOnly>
        ),
      },
      {
        path: 'dashboard/regions/:regionId',
        element: (
          <RoleOnly roles={MEMBER_ROLES} title="Region dashboard">
            <RegionDashboardPage />
          </RoleOnly>
        ),
      },
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
