import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const SERVER_PATHS = /^\/(graphql|api|health)(\/|$)/;

/**
 * Serves the built web client at `/`, and its index.html for any other page the client
 * routes itself (deep links such as /elections/123 survive a reload).
 */
export function serveWebClient(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDist, { index: false, maxAge: '1h', immutable: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && request.accepts('html') === 'html';
    if (!wantsPage || SERVER_PATHS.test(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
