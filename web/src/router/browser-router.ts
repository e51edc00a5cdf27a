import { type ReactNode } from 'react';

import { type RouteObject } from './match-route';

export interface RouterLocation {
  pathname: string;
  search: string;
  hash: string;
}

/** How the current location was reached: a link or `navigate` (push, replace), or Back (pop). */
export type NavigationAction = 'push' | 'replace' | 'pop';

export interface RouterState {
  location: RouterLocation;
  action: NavigationAction;
}

export interface NavigateOptions {
  replace?: boolean;
}

export type AppRoute = RouteObject<ReactNode>;

export interface Router {
  readonly routes: readonly AppRoute[];
  readonly state: RouterState;
  navigate(to: string, options?: NavigateOptions): void;
  subscribe(listener: () => void): () => void;
}

function currentLocation(): RouterLocation {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

const href = ({ pathname, search, hash }: RouterLocation): string => pathname + search + hash;

/** The app's routes over the browser's history: links push entries, Back and Forward pop them. */
export function createBrowserRouter(routes: readonly AppRoute[]): Router {
  const listeners = new Set<() => void>();
  let state: RouterState = { location: currentLocation(), action: 'pop' };
  const update = (action: NavigationAction) => {
    state = { location: currentLocation(), action };
    for (const listener of listeners) listener();
  };
  const onPopState = () => update('pop');

  return {
    routes,
    get state() {
      return state;
    },
    navigate(to, { replace = false } = {}) {
      const url = new URL(to, window.location.href);
      const next = url.pathname + url.search + url.hash;
      // Opening the page already shown adds no history entry, as a browser does.
      const action = replace || next === href(state.location) ? 'replace' : 'push';
      window.history[action === 'replace' ? 'replaceState' : 'pushState'](null, '', next);
      update(action);
    },
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('popstate', onPopState);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
      };
    },
  };
}
