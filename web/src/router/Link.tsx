import { type AnchorHTMLAttributes, type MouseEvent } from 'react';

import { useLocation, useNavigate } from './hooks';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  replace?: boolean;
}

// A click the browser should handle itself: another tab or window, a download, a modifier key.
const leavesToBrowser = (event: MouseEvent<HTMLAnchorElement>): boolean =>
  event.defaultPrevented ||
  event.button !== 0 ||
  event.metaKey ||
  event.altKey ||
  event.ctrlKey ||
  event.shiftKey ||
  (!!event.currentTarget.target && event.currentTarget.target !== '_self') ||
  event.currentTarget.hasAttribute('download');

/** A real link (it opens in a new tab, and shows its address) that navigates in the app. */
export function Link({ to, replace, onClick, ...anchor }: LinkProps) {
  const navigate = useNavigate();
  return (
    <a
      {...anchor}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (leavesToBrowser(event)) return;
        event.preventDefault();
        navigate(to, { replace });
      }}
    />
  );
}

export interface NavLinkProps extends LinkProps {
  /** Current only on this exact path, not on the paths under it. */
  end?: boolean;
}

/** A navigation link that says, with `aria-current="page"`, when its page is the one shown. */
export function NavLink({ to, end = false, ...link }: NavLinkProps) {
  const path = useLocation()
    .pathname.toLowerCase()
    .replace(/(.)\/$/, '$1');
  const target = to.toLowerCase();
  const current = path === target || (!end && path.startsWith(target.replace(/\/?$/, '/')));
  return <Link {...link} to={to} aria-current={current ? 'page' : undefined} />;
}
