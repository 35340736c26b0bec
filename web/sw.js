// sw.js — Stormvakt's service worker: the app works offline after the first visit.
//
// What it does, and nothing more:
// - on install, stores the app's own files (the list below, written by the web build) in one cache
//   whose name carries the build's version (a hash of the files' contents);
// - serves those files from that cache, so the page starts with the network off;
// - on activate, deletes the caches of older versions of this same site (same scope).
// It never stores user data (files you open stay in the page's memory and in your cases), never
// talks to any origin but the site's own, and lets every other request pass through untouched.
//
// A new version: the browser re-reads sw.js on each visit; the web build changes it whenever any of
// the site's files change (the version below). The new worker then installs in the background,
// takes over at once, and the page shows a small "updated" notice (web/app.js, "offline" section).
'use strict';

// @sv-build-start (rewritten by shell/lib/sw-version.cjs at build time; do not edit by hand)
const SV_BUILD = { version: 'dev', files: [] };
// @sv-build-end

const CACHE_PREFIX = 'stormvakt:' + self.registration.scope + ':';
const CACHE_NAME = CACHE_PREFIX + SV_BUILD.version;
// Absolute URLs of the precached files (resolved against the worker's own URL, so any sub-path works).
const PRECACHED = new Set(SV_BUILD.files.map((f) => new URL(f, self.location.href).href));
const INDEX_URL = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      // 'no-cache': revalidate with the server, so the cache holds this version's files, not stale ones.
      await cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: 'no-cache' })));
      await self.skipWaiting();
    })()
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
      }
      await self.clients.claim();
    })()
  );
});

// Which cached file answers a request, or null to let the request pass through to the network.
function cachedUrlFor(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  const plain = url.origin + url.pathname; // the query string does not pick another file
  if (request.mode === 'navigate' && plain === self.registration.scope) return INDEX_URL;
  return PRECACHED.has(plain) ? plain : null;
}

self.addEventListener('fetch', (event) => {
  const url = cachedUrlFor(event.request);
  if (!url) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE_NAME);
      const hit = await cache.match(url);
      // A miss (the browser evicted the cache, or install is still running): the network, as without us.
      return hit || fetch(event.request);
    })()
  );
});

// The page asks for the version it runs under (shown in the "updated" notice and used by tests).
self.addEventListener('message', (event) => {
  if (event.data === 'stormvakt:version' && event.source) {
    event.source.postMessage({ type: 'stormvakt:version', version: SV_BUILD.version });
  }
});
