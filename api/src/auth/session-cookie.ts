import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'pb_session';

function cookieOptions(request: Request, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy, `secure` follows X-Forwarded-Proto when TRUST_PROXY allows.
    secure: request.secure,
    path: '/',
    expires,
  };
}

export function readSessionToken(request: Request): string | undefined {
  const cookies = (request as Request & { cookies?: Record<string, string> }).cookies;
  const token = cookies?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

export function writeSessionCookie(
  request: Request,
  response: Response,
  token: string,
  expires: Date,
): void {
  response.cookie(SESSION_COOKIE, token, cookieOptions(request, expires));
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(request));
}
