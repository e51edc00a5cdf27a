/* global self, caches, fetch, URL */
// Keeps the app shell (index.html and its hashed assets) on the device, so the call page opens
// with no network and its outbox of unsent calls can be seen and sent later. GraphQL and the
// /api routes are never cached: they go to the network as if there were no worker.
const SHELL = 'phonebank-shell-v1';
const SERVER_PATHS = /^\/(graphql|api|health)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      const page = await fetch('/', { cache: 'no-cache' });
      const html = await page.clone().text();
      await cache.put('/', page);
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      await cache.addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== SHELL) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function networkFirstPage(request) {
  try {
    const page = await fetch(request);
    if (page.ok && page.headers.get('content-type')?.startsWith('text/html'))
      await (await caches.open(SHELL)).put('/', page.clone());
    return page;
  } catch (failure) {
    const shell = await caches.match('/');
    if (shell) return shell;
    throw failure;
  }
}

async function cacheFirstAsset(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const asset = await fetch(request);
  if (asset.ok) await (await caches.open(SHELL)).put(request, asset.clone());
  return asset;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || SERVER_PATHS.test(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstPage(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirstAsset(request));
});
