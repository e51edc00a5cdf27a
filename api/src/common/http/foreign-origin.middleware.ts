import type { NextFunction, Request, Response } from 'express';

import { isThisSite } from './same-site';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses any request that could change something (every method but GET, HEAD and OPTIONS:
 * GraphQL mutations, imports, everything) when a browser says it comes from another site's
 * page. The session cookie is SameSite=Lax, but Lax still rides along from a sibling
 * subdomain, and text/plain or multipart bodies need no preflight. A request with no Origin
 * is not a browser's cross-site request (browsers send one on every cross-site POST): scripts
 * and `curl` holding their own cookie go on working.
 */
export function refuseForeignOrigins(trustProxy: boolean | number | string) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || origin === undefined) return next();
    if (isThisSite(origin, request.headers, trustProxy)) return next();
    response.status(403).json({
      code: 'FORBIDDEN',
      message: `This request came from a page of another site (${origin}); Phonebank accepts changes only from its own pages.`,
    });
  };
}
