// Quiz shortcuts: number keys press options, Enter submits or moves on. A document listener, as for the review card,
// so keys work without focusing anything first. .NET decides what a key means; this filters keys that belong elsewhere.
const listeners = new Map();
let nextId = 1;

const typingTargets = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
// Enter on these does its own thing (a link, a control button); on an option button it should submit, not re-press it.
const ownEnterTargets = 'a[href], textarea, select, summary, button:not([data-quiz-option])';

function closest(target, selector) {
    return target instanceof Element ? target.closest(selector) : null;
}

export function attach(dotNetRef) {
    const onKeyDown = event => {
        if (event.defaultPrevented || event.repeat || event.isComposing || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        let key = null;
        if (event.key === 'Enter' && !event.shiftKey && !closest(event.target, ownEnterTargets)) {
            key = 'Enter'; // also from the cloze's text box
        } else if (event.key.length === 1 && event.key >= '1' && event.key <= '9' && !closest(event.target, typingTargets)) {
            key = event.key;
        }
        if (key === null) {
            return;
        }
        event.preventDefault();
        dotNetRef.invokeMethodAsync('OnKeyAsync', key).catch(() => { /* circuit gone; the reconnect UI says so */ });
    };
    const id = nextId++;
    document.addEventListener('keydown', onKeyDown);
    listeners.set(id, onKeyDown);
    document.documentElement.dataset.quizKeys = 'ready';
    return id;
}

export function detach(id) {
    const onKeyDown = listeners.get(id);
    if (onKeyDown) {
        document.removeEventListener('keydown', onKeyDown);
        listeners.delete(id);
    }
    if (listeners.size === 0) {
        delete document.documentElement.dataset.quizKeys;
    }
}
