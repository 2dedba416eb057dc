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
