import { createContext, type ReactNode } from 'react';

import { type Router, type RouterLocation } from './browser-router';

export const RouterContext = createContext<{ router: Router; location: RouterLocation } | null>(
  null,
);

/** What a route's element sees: the matched `:params` and the element of the route inside it. */
export const RouteContext = createContext<{ params: Record<string, string>; outlet: ReactNode }>({
  params: {},
  outlet: null,
});
