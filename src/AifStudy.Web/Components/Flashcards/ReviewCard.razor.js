// Review shortcuts: a keydown listener on the document, so keys work as soon as the card is interactive, without a
// click to focus anything first and after the focused "Show answer" button disappears. .NET decides what a key means
// (it knows whether the answer is shown); this only filters out keys that belong to something else.
const listeners = new Map();
let nextId = 1;

const typingTargets = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
// Space and Enter already press a focused button or follow a focused link; reacting too would act twice.
const activatingTargets = 'button, a[href], summary, [role="button"], [role="link"]';

function closest(target, selector) {
    return target instanceof Element ? target.closest(selector) : null;
}

function isShortcut(event) {
    if (event.altKey) {
        return false;
    }
    if (event.ctrlKey || event.metaKey) {
        return !event.shiftKey && (event.key === 'z' || event.key === 'Z');
    }
    if (event.key === ' ' || event.key === 'Enter') {
        return !event.shiftKey && !closest(event.target, activatingTargets);
    }
    return event.key >= '1' && event.key <= '4' && event.key.length === 1;
}

export function attach(dotNetRef) {
    const onKeyDown = event => {
        // Held keys repeat: one press, one answer. Keys typed into a field or an IME composition are the user's text.
        // Keys pressed inside an open dialog (the shortcut list) are for the dialog, not the card behind it.
        if (event.defaultPrevented || event.repeat || event.isComposing || closest(event.target, typingTargets)
            || closest(event.target, 'dialog[open]')) {
            return;
        }
        if (!isShortcut(event)) {
            return;
        }
        event.preventDefault(); // Space would scroll, Ctrl+Z would undo in the browser.
        dotNetRef.invokeMethodAsync('OnShortcutAsync', event.key, event.ctrlKey || event.metaKey, event.shiftKey, event.altKey)
            .catch(() => { /* circuit gone; the reconnect UI says so */ });
    };
    const id = nextId++;
    document.addEventListener('keydown', onKeyDown);
    listeners.set(id, onKeyDown);
    // Says the shortcuts are live (until then the page is prerendered HTML and keys do nothing).
    document.documentElement.dataset.reviewKeys = 'ready';
    return id;
}

export function detach(id) {
    const onKeyDown = listeners.get(id);
    if (onKeyDown) {
        document.removeEventListener('keydown', onKeyDown);
        listeners.delete(id);
    }
    if (listeners.size === 0) {
        delete document.documentElement.dataset.reviewKeys;
    }
}
