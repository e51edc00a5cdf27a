import helmet from 'helmet';

/**
 * The headers that tell a browser what the pages may do: scripts, styles and connections
 * (the API and its WebSocket) from this site only, no framing by any site (clickjacking),
 * no type sniffing, no referrer leaving for other sites. No `upgrade-insecure-requests`: the
 * server also serves plain HTTP on a hall's network, where upgrading would break every load.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'manifest-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
