import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a browser's Origin header names this site: the Host it asked for, or (behind a
 * trusted proxy) the host the proxy says it was asked for. A browser always sends Origin on a
 * WebSocket and on a cross-site POST; programs other than browsers send none.
 */
export function isThisSite(
  origin: string,
  headers: IncomingHttpHeaders,
  trustProxy: boolean | number | string,
): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage: not this site
  }
  if (host === headers.host) return true;
  const forwarded = headers['x-forwarded-host'];
  const forwardedHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded)
    ?.split(',')[0]
    ?.trim();
  return trustProxy !== false && forwardedHost === host;
}
