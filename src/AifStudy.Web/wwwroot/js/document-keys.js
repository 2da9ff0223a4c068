// Keyboard shortcuts of a component: one keydown listener on the document, so keys work as soon as the component is
// interactive, without a click to focus anything first. The component's module (ReviewCard.razor.js,
// QuizQuestionCard.razor.js) says which keys may be its own; .NET decides what they mean (DocumentKeyListener).
const listeners = new Map();
let nextId = 1;

/** Elements whose keys are the user's text, not shortcuts. */
export const typingTargets = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function closest(target, selector) {
    return target instanceof Element ? target.closest(selector) : null;
}

/**
 * Listens for the keys `accepts(event)` takes and passes each to `dotNetRef.OnKeyAsync(key, ctrlOrMeta, shift, alt)`,
 * with the browser's own action prevented (Space would scroll, Ctrl+Z would undo in the browser). While it listens,
 * `<html>` carries `data-{readyFlag}="ready"`: until then the page is prerendered HTML and keys do nothing.
 * Returns the id `detach` takes.
 */
export function listen(dotNetRef, readyFlag, accepts) {
    const onKeyDown = event => {
        // Held keys repeat: one press, one action. Keys of an IME composition are the user's text.
        if (event.defaultPrevented || event.repeat || event.isComposing || !accepts(event)) {
            return;
        }
        event.preventDefault();
        dotNetRef.invokeMethodAsync('OnKeyAsync', event.key, event.ctrlKey || event.metaKey, event.shiftKey, event.altKey)
            .catch(() => { /* circuit gone; the reconnect UI says so */ });
    };
    const id = nextId++;
    document.addEventListener('keydown', onKeyDown);
    listeners.set(id, { onKeyDown, readyFlag });
    document.documentElement.dataset[readyFlag] = 'ready';
    return id;
}

export function detach(id) {
    const listener = listeners.get(id);
    if (!listener) {
        return;
    }
    document.removeEventListener('keydown', listener.onKeyDown);
    listeners.delete(id);
    if (![...listeners.values()].some(other => other.readyFlag === listener.readyFlag)) {
        delete document.documentElement.dataset[listener.readyFlag];
    }
}
