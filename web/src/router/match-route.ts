/** A route as the app declares it: a path pattern (`calling/:callListId`, `*`) or the index. */
export interface RouteObject<Element> {
  path?: string;
  index?: boolean;
  element: Element;
  children?: RouteObject<Element>[];
}

/** A route that can be matched, with the elements of its layouts, outermost first. */
export interface RouteBranch<Element> {
  segments: string[];
  elements: Element[];
}

export interface RouteMatch<Element> {
  elements: Element[];
  params: Record<string, string>;
}

const segmentsOf = (path: string): string[] => path.split('/').filter(Boolean);

/** Every leaf route with its full pattern; a route with children is a layout around them. */
export function flattenRoutes<Element>(
  routes: readonly RouteObject<Element>[],
  parentSegments: string[] = [],
  parentElements: Element[] = [],
): RouteBranch<Element>[] {
  return routes.flatMap((route) => {
    const segments = route.index
      ? parentSegments
      : [...parentSegments, ...segmentsOf(route.path ?? '')];
    const elements = [...parentElements, route.element];
    return route.children
      ? flattenRoutes(route.children, segments, elements)
      : [{ segments, elements }];
  });
}

// The most specific pattern wins whatever the order: `members/import` over `members/:memberId`,
// the index over `*`.
const score = (segments: string[]): number =>
  segments.reduce(
    (sum, segment) => sum + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10),
    0,
  );

function matchBranch(segments: string[], path: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    if (segment === '*') {
      params['*'] = path.slice(i).map(decodeURIComponent).join('/');
      return params;
    }
    if (i >= path.length) return null;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(path[i]);
    else if (segment.toLowerCase() !== path[i].toLowerCase()) return null;
  }
  return segments.length === path.length ? params : null;
}

/** The branch a pathname opens, and the values of its `:params`; null when none matches. */
export function matchRoutes<Element>(
  branches: readonly RouteBranch<Element>[],
  pathname: string,
): RouteMatch<Element> | null {
  const path = segmentsOf(pathname);
  let best: (RouteMatch<Element> & { score: number }) | null = null;
  for (const branch of branches) {
    const params = matchBranch(branch.segments, path);
    const branchScore = score(branch.segments);
    if (params && (!best || branchScore > best.score))
      best = { elements: branch.elements, params, score: branchScore };
  }
  return best && { elements: best.elements, params: best.params };
}
