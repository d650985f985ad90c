// Resalta's service worker: precaches every asset of this build in one
// versioned cache, deletes older caches on activate, and serves the app
// cache-first, so after one visit it works fully offline. Entity models of
// languages other than the default are left out of the precache (each is
// megabytes); they are cached the first time the worker fetches one.
// scripts/build-web fills in the version (a hash of the assets) and the list.
const VERSION = '__RESALTA_VERSION__';
const ASSETS = ['./', "__RESALTA_ASSETS__"].filter((a) => !a.startsWith('__'));
const PREFIX = 'resalta-';
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'no-cache' revalidates with the server, so the precache matches
    // this version while unchanged files the page just fetched cost a 304.
    await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

let opened = null;  // the cache, opened once per worker start
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await (opened ??= caches.open(CACHE));
    // An exact match is an index lookup; ignoreSearch scans, so it is the fallback.
    const hit = await cache.match(req) ?? await cache.match(req, { ignoreSearch: true }) ??
      (req.mode === 'navigate' ? await cache.match('./') : undefined);
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok && new URL(req.url).pathname.includes('/models/')) await cache.put(req, res.clone());
    return res;
  })());
});
