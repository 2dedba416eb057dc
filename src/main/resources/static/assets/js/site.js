// The menu button of narrow screens: a disclosure for the site menu, closed again with Escape.
(function () {
    const button = document.querySelector('.menu-button');
    if (!button) {
        return;
    }
    document.documentElement.classList.add('menu-ready');
    button.hidden = false;
    const setOpen = open => button.setAttribute('aria-expanded', String(open));
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            setOpen(false);
            button.focus();
        }
    });
})();

// The catalogue's narrowing filters fold away on a phone only: a wide screen has room to show them.
(function () {
    const filters = document.querySelector('details.more-filters');
    if (filters && window.matchMedia('(min-width: 768px)').matches) {
        filters.open = true;
    }
})();

// The installable app: the service worker keeps the shell and the roll calls opened, for pages without network.
(function () {
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('/sw.js').catch(() => {});
    }
})();

// Pages that need the network say so when the phone is offline, instead of failing silently.
(function () {
    const notices = document.querySelectorAll('[data-offline-notice]');
    const show = () => notices.forEach(notice => notice.hidden = navigator.onLine);
    show();
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    document.querySelectorAll('form[data-online-only]').forEach(form => form.addEventListener('submit', event => {
        if (!navigator.onLine) {
            event.preventDefault();
            show();
        }
    }));
})();

// Signing out forgets what this phone kept for the user: the roll calls cached and the marks not yet sent (after a
// warning when there are some). Signing in again starts from nothing as well.
(function () {
    const forget = () => Promise.all([
        'caches' in window ? caches.delete('ri-rosters') : Promise.resolve(),
        new Promise(resolve => {
            const request = indexedDB.deleteDatabase('ri-offline');
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
        })
    ]);
    const pending = () => new Promise(resolve => {
        const request = indexedDB.open('ri-offline');
        request.onupgradeneeded = () => request.transaction.abort();
        request.onerror = () => resolve(0);
        request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('marks')) {
                db.close();
                resolve(0);
                return;
            }
            const count = db.transaction('marks').objectStore('marks').count();
            count.onsuccess = () => {
                db.close();
                resolve(count.result);
            };
            count.onerror = () => resolve(0);
        };
    });
    document.querySelectorAll('form.sign-out').forEach(form => form.addEventListener('submit', event => {
        if (form.dataset.forgotten === 'yes') {
            return;
        }
        event.preventDefault();
        pending().then(waiting => {
            if (waiting > 0 && !window.confirm(form.dataset.pendingWarning)) {
                return;
            }
            return forget().then(() => {
                form.dataset.forgotten = 'yes';
                form.submit();
            });
        });
    }));
    if (document.querySelector('form[action$="/login"]')) {
        forget();
    }
})();

// A text's two languages: side by side on a wide screen, tabs on a phone. The translation's legend and the fields'
// lang follow the original's language as the writer changes it.
(function () {
    document.querySelectorAll('[data-language-panels]').forEach(container => {
        const panels = Array.from(container.querySelectorAll(':scope > .language-panel'));
        const select = container.querySelector('[data-original-language]');
        const legend = container.querySelector('[data-translation-legend]');
        const tabs = document.createElement('div');
        tabs.className = 'language-tabs';
        tabs.setAttribute('role', 'tablist');
        const buttons = panels.map((panel, index) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'secondary outline';
            button.setAttribute('role', 'tab');
            button.addEventListener('click', () => show(index));
            tabs.appendChild(button);
            return button;
        });
        const label = () => {
            const original = select.value.toLowerCase();
            const other = original === 'en' ? 'fr' : 'en';
            legend.textContent = legend.dataset[other];
            buttons[0].textContent = select.options[select.selectedIndex].text;
            buttons[1].textContent = legend.textContent;
            panels[0].querySelectorAll('input, textarea').forEach(field => field.lang = original);
            panels[1].querySelectorAll('input, textarea').forEach(field => field.lang = other);
        };
        const show = active => {
            panels.forEach((panel, index) => panel.classList.toggle('active', index === active));
            buttons.forEach((button, index) => button.setAttribute('aria-selected', String(index === active)));
        };
        // A panel with a refused field opens first, so that the writer sees why.
        const refused = panels.findIndex(panel => panel.querySelector('[aria-invalid="true"]'));
        container.prepend(tabs);
        container.classList.add('tabs-ready');
        select.addEventListener('change', label);
        label();
        show(Math.max(refused, 0));
    });
})();
