// The roll call without network. The page is kept for offline reloads; a mark made while the network is away waits
// in IndexedDB, with its own idempotency key and the time it was made, and is sent in order once the network is back
// (retried with backoff; the server records a repeat once). A mark the server refuses is shown, not dropped.
(function () {
    const status = document.getElementById('offline-status');
    if (!status) {
        return;
    }
    const session = status.dataset.session;
    const DB = 'ri-offline';
    const STORE = 'marks';
    let retryIn = 1000;
    let timer = null;
    let flushing = false;

    if ('caches' in window) {
        caches.open('ri-rosters').then(cache => cache.add(location.pathname)).catch(() => {});
    }

    function open() {
        return new Promise((resolve, reject) => {
            const request = indexedDB.open(DB, 1);
            request.onupgradeneeded = () => request.result.createObjectStore(STORE, {keyPath: 'seq', autoIncrement: true});
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
    }

    function store(mode, work) {
        return open().then(db => new Promise((resolve, reject) => {
            const transaction = db.transaction(STORE, mode);
            const result = work(transaction.objectStore(STORE));
            transaction.oncomplete = () => resolve(result && result.result !== undefined ? result.result : result);
            transaction.onerror = () => reject(transaction.error);
        }));
    }

    const all = () => store('readonly', marks => marks.getAll())
        .then(marks => marks.filter(mark => mark.session === session));
    const save = mark => store('readwrite', marks => marks.put(mark));
    const forget = mark => store('readwrite', marks => marks.delete(mark.seq));

    function key() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
    }

    function queue(url, fields, userId, name, label) {
        return save({session: session, url: url, fields: fields, userId: userId, name: name, label: label, key: key(),
                     madeAt: new Date().toISOString(), state: 'waiting'})
            .then(render);
    }

    function render() {
        return all().then(marks => {
            const waiting = marks.filter(mark => mark.state === 'waiting');
            const refused = marks.filter(mark => mark.state === 'refused');
            const lines = [];
            if (waiting.length > 0) {
                lines.push((waiting.length === 1 ? status.dataset.waitingOne : status.dataset.waitingMany)
                    .replace('{0}', waiting.length));
            }
            refused.forEach(mark => lines.push(status.dataset.refused.replace('{0}', mark.name || '')
                .replace('{1}', mark.reason || '')));
            status.textContent = lines.join(' ');
            status.hidden = lines.length === 0;
            waiting.filter(mark => mark.userId).forEach(mark => {
                const row = document.getElementById('row-' + mark.userId);
                const badge = row && row.querySelector('td:nth-child(2)');
                if (badge) {
                    badge.textContent = status.dataset.pending.replace('{0}', mark.label || mark.fields.status);
                }
            });
        });
    }

    function later() {
        clearTimeout(timer);
        timer = setTimeout(flush, retryIn);
        retryIn = Math.min(retryIn * 2, 60000);
    }

    async function flush() {
        if (flushing) {
            return;
        }
        flushing = true;
        let reload = false;
        try {
            for (const mark of await all()) {
                if (mark.state !== 'waiting') {
                    continue;
                }
                let response;
                try {
                    response = await fetch(mark.url, {
                        method: 'POST',
                        credentials: 'same-origin',
                        redirect: 'manual',
                        headers: {'HX-Request': 'true', 'Idempotency-Key': mark.key,
                                  'Content-Type': 'application/x-www-form-urlencoded'},
                        body: new URLSearchParams(mark.fields)
                    });
                } catch (offline) {
                    later();
                    return;
                }
                if (response.status >= 500 || response.status === 409 || response.status === 429) {
                    later();
                    return;
                }
                const answer = response.type === 'opaqueredirect' ? '' : await response.text();
                if (response.ok && !response.headers.get('HX-Retarget') || response.type === 'opaqueredirect') {
                    await forget(mark);
                    // "Everyone present" answers with the roster's address: the page shows its result on reload.
                    reload = reload || !mark.userId;
                    const row = mark.userId && document.getElementById('row-' + mark.userId);
                    if (row && answer.trim().startsWith('<tr')) {
                        row.outerHTML = answer;
                        window.htmx && htmx.process(document.getElementById('row-' + mark.userId));
                    }
                } else {
                    const page = new DOMParser().parseFromString(answer, 'text/html');
                    const notice = page.querySelector('.notice, h1') || page.body;
                    const reason = notice.textContent.trim().slice(0, 200);
                    mark.state = 'refused';
                    mark.reason = reason || String(response.status);
                    await save(mark);
                }
            }
            retryIn = 1000;
        } finally {
            flushing = false;
            render();
        }
        if (reload) {
            location.reload();
        }
    }

    function fieldsOf(form, submitter) {
        const fields = {};
        new FormData(form).forEach((value, name) => fields[name] = value);
        if (submitter && submitter.name) {
            fields[submitter.name] = submitter.value;
        }
        return fields;
    }

    // A mark button: without network, the mark waits instead of failing.
    let lastButton = null;
    document.addEventListener('click', event => {
        const button = event.target.closest('.mark-form button');
        lastButton = button || lastButton;
    }, true);

    function keep(form) {
        const row = form.closest('tr');
        const userId = row ? row.id.replace('row-', '') : null;
        const fields = fieldsOf(form, lastButton && lastButton.form === form ? lastButton : null);
        const name = row && row.querySelector('strong') ? row.querySelector('strong').textContent : '';
        const label = lastButton && lastButton.form === form ? lastButton.textContent.trim() : fields.status;
        return queue(form.getAttribute('action'), fields, userId, name, label);
    }

    document.addEventListener('htmx:beforeRequest', event => {
        const form = event.detail.elt.closest && event.detail.elt.closest('.mark-form');
        if (form && !navigator.onLine) {
            event.preventDefault();
            keep(form);
        }
    });
    document.addEventListener('htmx:sendError', event => {
        const form = event.detail.elt.closest && event.detail.elt.closest('.mark-form');
        if (form) {
            keep(form);
        }
    });
    const everyone = document.querySelector('form.everyone-present');
    if (everyone) {
        everyone.addEventListener('submit', event => {
            if (!navigator.onLine) {
                event.preventDefault();
                queue(everyone.getAttribute('action'), fieldsOf(everyone, null), null, '', '');
            }
        });
    }

    window.addEventListener('online', () => {
        retryIn = 1000;
        flush();
    });
    render().then(() => navigator.onLine && flush());
})();
