import { useCallback, useContext, useMemo } from 'react';

import { type NavigateOptions } from './browser-router';
import { RouteContext, RouterContext } from './router-context';

function useRouter() {
  const context = useContext(RouterContext);
  if (!context) throw new Error('Routing hooks work only inside <RouterProvider>.');
  return context;
}

export const useLocation = () => useRouter().location;

export const useNavigate = () => useRouter().router.navigate;

/** The `:params` of the route shown; a name the pattern does not have is undefined. */
export const useParams = (): Readonly<Partial<Record<string, string>>> =>
  useContext(RouteContext).params;

type SearchParamsInit = URLSearchParams | Record<string, string>;

/** The address's query, and a setter that navigates to the same page with another query. */
export function useSearchParams() {
  const { router, location } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback(
    (
      next: SearchParamsInit | ((previous: URLSearchParams) => SearchParamsInit),
      options?: NavigateOptions,
    ) => {
      const current = router.state.location;
      const query = new URLSearchParams(
        typeof next === 'function' ? next(new URLSearchParams(current.search)) : next,
      ).toString();
      router.navigate(`${current.pathname}${query ? `?${query}` : ''}`, options);
    },
    [router],
  );
  return [params, setParams] as const;
}
