export const SIGN_IN_PATH = '/sign-in';

/** Only paths inside this app are followed after sign-in, never another site. */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith(SIGN_IN_PATH))
    return '/';
  return next;
}

export function signInPathReturningTo(path: string): string {
  const next = safeReturnPath(path);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
