import { Suspense } from 'react';

import { apiProblems } from '../../../apollo/errors';
import { Alert, Button, Spinner } from '../../../design-system';
import { type Role } from '../../../gql/graphql';
import { Navigate, NavLink, Outlet, useLocation } from '../../../router';
import { CurrentUserContext } from '../../auth/hooks/useCurrentUser';
import { type CurrentUser, useMe } from '../../auth/hooks/useMe';
import { useSignOut } from '../../auth/hooks/useSignOut';
import { ROLE_LABELS } from '../../auth/utils/roles';
import { signInPathReturningTo } from '../../auth/utils/return-path';

interface NavItem {
  to: string;
  label: string;
  icon: string;
  end?: boolean;
  /** The roles that see the item; everyone when omitted. */
  roles?: readonly Role[];
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home', icon: '⌂', end: true },
  { to: '/dashboard', label: 'Dashboard', icon: '▥', roles: ['ADMIN', 'COORDINATOR'] },
  { to: '/elections', label: 'Elections', icon: '☑' },
  { to: '/members', label: 'Members', icon: '☎', roles: ['ADMIN', 'COORDINATOR'] },
  { to: '/call-lists', label: 'Call lists', icon: '☷', roles: ['ADMIN', 'COORDINATOR'] },
  { to: '/scripts', label: 'Scripts', icon: '✎', roles: ['ADMIN', 'COORDINATOR'] },
  { to: '/calling', label: 'Calling', icon: '✆' },
  { to: '/users', label: 'Users', icon: '☺', roles: ['ADMIN'] },
  { to: '/audit', label: 'Audit log', icon: '☰', roles: ['ADMIN'] },
];

function Navigation({ me }: { me: CurrentUser }) {
  return (
    <nav className="pb-nav" aria-label="Main">
      <ul className="pb-nav__list">
        {NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(me.role)).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="pb-nav__link">
              <span className="pb-nav__icon" aria-hidden="true">
                {item.icon}
              </span>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TopBar({ me }: { me: CurrentUser }) {
  const { signOut, signingOut } = useSignOut();
  return (
    <header className="pb-topbar">
      <span className="pb-topbar__brand">Phonebank</span>
      <span className="pb-topbar__user">
        <span className="pb-topbar__name">{me.name}</span>{' '}
        <span className="pb-topbar__role">{ROLE_LABELS[me.role]}</span>
      </span>
      <Button
        variant="ghost"
        size="small"
        className="pb-topbar__sign-out"
        loading={signingOut}
        onClick={() => void signOut()}
      >
        Sign out
      </Button>
    </header>
  );
}

/** The signed-in frame: top bar, navigation (a bottom bar on a phone) and the page. */
export function AppLayout() {
  const location = useLocation();
  const { me, loading, error, refetch } = useMe();

  if (loading) {
    return (
      <div className="pb-centre">
        <Spinner label="Loading Phonebank" />
      </div>
    );
  }
  if (error && !me) {
    return (
      <main className="pb-centre" id="main">
        <Alert tone="error" title="Phonebank could not load">
          <p>{apiProblems(error)[0]?.message}</p>
        </Alert>
        <Button onClick={() => void refetch()}>Try again</Button>
      </main>
    );
  }
  if (!me)
    return <Navigate to={signInPathReturningTo(location.pathname + location.search)} replace />;

  return (
    <CurrentUserContext.Provider value={me}>
      <div className="pb-app">
        <a className="pb-skip-link" href="#main">
          Skip to content
        </a>
        <TopBar me={me} />
        <Navigation me={me} />
        <main className="pb-main" id="main" tabIndex={-1}>
          <Suspense fallback={<Spinner label="Loading" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </CurrentUserContext.Provider>
  );
}
