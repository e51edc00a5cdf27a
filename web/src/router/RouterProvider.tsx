import {
  type ReactNode,
  startTransition,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { type Router } from './browser-router';
import { flattenRoutes, matchRoutes } from './match-route';
import { RouteContext, RouterContext } from './router-context';

/** Shows the route the address matches, inside the layouts around it. */
export function RouterProvider({ router }: { router: Router }) {
  const [state, setState] = useState(router.state);
  // As a transition: the page shown stays until the next one's lazily loaded code arrives.
  useLayoutEffect(
    () => router.subscribe(() => startTransition(() => setState(router.state))),
    [router],
  );

  const shownPath = useRef(state.location.pathname);
  useLayoutEffect(() => {
    if (state.location.pathname === shownPath.current) return;
    shownPath.current = state.location.pathname;
    // A page opened by a link starts at its top; Back and Forward leave scrolling to the browser.
    if (state.action !== 'pop') window.scrollTo(0, 0);
  }, [state]);

  const branches = useMemo(() => flattenRoutes(router.routes), [router]);
  const match = matchRoutes(branches, state.location.pathname);
  const page = match
    ? match.elements.reduceRight<ReactNode>(
        (outlet, element) => (
          <RouteContext.Provider value={{ params: match.params, outlet }}>
            {element}
          </RouteContext.Provider>
        ),
        null,
      )
    : null;
  const context = useMemo(() => ({ router, location: state.location }), [router, state.location]);
  return <RouterContext.Provider value={context}>{page}</RouterContext.Provider>;
}

/** Where a layout shows the route inside it. */
export function Outlet() {
  return useContext(RouteContext).outlet;
}
