// The colour theme: "system" (follow prefers-color-scheme), "light" or "dark", remembered in localStorage.
// A classic script loaded in <head> so the chosen theme is on <html> before the body paints (no light flash on a
// dark page); a file, not inline script, so a Content-Security-Policy of script-src 'self' allows it. It defines no
// globals: the top-bar button (data-theme-toggle) is handled by delegation, and anything drawn in theme colours
// that CSS cannot restyle (Mermaid's SVG) listens for the "aifstudy:themechange" event on document.
(() => {
    const key = 'aifstudy-theme';
    const choices = ['system', 'light', 'dark'];
    const root = document.documentElement;
    const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

    const stored = () => {
        try {
            const value = localStorage.getItem(key);
            return choices.includes(value) ? value : 'system';
        } catch {
            return 'system'; // storage blocked: follow the system
        }
    };

    let current = stored();

    const announce = () => document.dispatchEvent(new CustomEvent('aifstudy:themechange', {
        detail: { choice: current, theme: current === 'system' ? (systemDark.matches ? 'dark' : 'light') : current },
    }));

    // data-theme is present only for an explicit choice; CSS (light-dark() with color-scheme) does the rest.
    const apply = () => {
        if (current === 'system') {
            root.removeAttribute('data-theme');
        } else if (root.getAttribute('data-theme') !== current) {
            root.setAttribute('data-theme', current);
        }
    };

    const choose = choice => {
        current = choice;
        try {
            localStorage.setItem(key, choice);
        } catch {
            // Not remembered, still applied.
        }
        apply();
        announce();
    };

    apply();

    document.addEventListener('click', event => {
        const button = event.target instanceof Element ? event.target.closest('[data-theme-toggle]') : null;
        if (button) {
            choose(choices[(choices.indexOf(current) + 1) % choices.length]);
        }
    });

    systemDark.addEventListener('change', () => {
        if (current === 'system') {
            announce();
        }
    });

    // Another tab changed the theme.
    window.addEventListener('storage', event => {
        if (event.key === key) {
            current = stored();
            apply();
            announce();
        }
    });

    // Blazor's enhanced navigation copies <html>'s attributes from the server's response, which has no data-theme.
    new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
})();
