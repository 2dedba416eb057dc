// The platform's service worker. It keeps the application shell (stylesheets, scripts, icons, the offline page) so
// that pages still open without network, and the roll calls a trainer opened (cached by rollcall.js, deleted at
// sign-out). It never caches another page, an answer to a form, or anything of the API.
const VERSION = '__VERSION__';
const SHELL = 'ri-shell-' + VERSION;
const ROSTERS = 'ri-rosters';
const SHELL_FILES = __SHELL__;

self.addEventListener('install', event => {
    // Fetched without cookies: the offline page kept is the one of nobody in particular.
    event.waitUntil(caches.open(SHELL)
        .then(cache => cache.addAll(SHELL_FILES.map(url => new Request(url, {credentials: 'omit'}))))
        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys()
        .then(names => Promise.all(names
            .filter(name => name.startsWith('ri-shell-') && name !== SHELL)
            .map(name => caches.delete(name))))
        .then(() => self.clients.claim()));
});

const ROLL_CALL = /^\/trainer\/sessions\/\d+\/attendance$/;

self.addEventListener('fetch', event => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/webjars/')) {
        // Their addresses change with their content: what is cached is never stale.
        event.respondWith(caches.match(request).then(cached => cached || fetch(request).then(response => {
            if (response.ok) {
                const copy = response.clone();
                caches.open(SHELL).then(cache => cache.put(request, copy));
            }
            return response;
        })));
        return;
    }
    if (request.mode === 'navigate') {
        event.respondWith(fetch(request).catch(() => ROLL_CALL.test(url.pathname)
            ? caches.open(ROSTERS)
                .then(cache => cache.match(url.pathname))
                .then(cached => cached || caches.match('/offline'))
            : caches.match('/offline')));
    }
});
