// Keys for the top-bar search box. Everything is wired to the elements passed in and undone by dispose();
// nothing is put on window.
function isTyping(target) {
    return target instanceof Element
        && (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null);
}

export function attach(root, input, dotNet) {
    const options = () => [...root.querySelectorAll('.search-popup [role=option]')];
    const active = () => root.querySelector('.search-popup [role=option].active');

    function select(option) {
        const previous = active();
        previous?.classList.remove('active');
        previous?.removeAttribute('aria-selected');
        if (option) {
            option.classList.add('active');
            option.setAttribute('aria-selected', 'true');
            input.setAttribute('aria-activedescendant', option.id);
            option.scrollIntoView({ block: 'nearest' });
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    }

    function onDocumentKey(event) {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) {
            return;
        }
        event.preventDefault();
        input.focus();
        input.select();
        dotNet.invokeMethodAsync('Expand');
    }

    function onInputKey(event) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            const all = options();
            if (all.length === 0) {
                return;
            }
            event.preventDefault();
            const index = all.indexOf(active());
            const next = event.key === 'ArrowDown'
                ? (index + 1) % all.length
                : (index <= 0 ? all.length - 1 : index - 1);
            select(all[next]);
        } else if (event.key === 'Enter') {
            event.preventDefault();
            const option = active();
            if (option) {
                option.click();
            } else {
                dotNet.invokeMethodAsync('OpenResultsPage');
            }
        } else if (event.key === 'Escape') {
            event.preventDefault();
            const open = root.querySelector('.search-popup') !== null;
            select(null);
            if (!open) {
                input.blur();
            }
            dotNet.invokeMethodAsync('Close', !open);
        }
    }

    // A new query means new results: forget the picked one (Blazor may reuse the element for another hit).
    const onInput = () => select(null);

    function onPointerDown(event) {
        if (!root.contains(event.target) && (root.querySelector('.search-popup') || root.classList.contains('expanded'))) {
            dotNet.invokeMethodAsync('Close', true);
        }
    }

    document.addEventListener('keydown', onDocumentKey);
    root.dataset.ready = 'true';
    document.addEventListener('pointerdown', onPointerDown);
    input.addEventListener('keydown', onInputKey);
    input.addEventListener('input', onInput);

    return {
        dispose() {
            delete root.dataset.ready;
            document.removeEventListener('keydown', onDocumentKey);
            document.removeEventListener('pointerdown', onPointerDown);
            input.removeEventListener('keydown', onInputKey);
            input.removeEventListener('input', onInput);
        },
    };
}
