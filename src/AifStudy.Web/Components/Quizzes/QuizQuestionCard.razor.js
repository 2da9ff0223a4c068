// Quiz shortcuts: number keys press options, Enter submits or moves on. This only filters out keys that belong to
// something else; .NET decides what they mean.
import { closest, detach, listen, typingTargets } from '../../js/document-keys.js';

// Enter on these does its own thing (a link, a control button); on an option button it should submit, not re-press it.
// The report form ([data-own-keys]) keeps all its keys.
const ownEnterTargets = 'a[href], textarea, select, summary, button:not([data-quiz-option]), [data-own-keys]';

function isShortcut(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
        return false;
    }
    if (event.key === 'Enter') {
        // The exam's flag button and question grid ([data-enter-next]) are clicked, not entered: Enter there still
        // means "next", as the Next button says, instead of toggling the flag again or reopening the question.
        if (closest(event.target, '[data-enter-next]')) {
            return !event.shiftKey;
        }
        return !event.shiftKey && !closest(event.target, ownEnterTargets); // also from the cloze's text box
    }
    return event.key.length === 1 && event.key >= '1' && event.key <= '9' && !closest(event.target, typingTargets) && !closest(event.target, '[data-own-keys]');
}

export function attach(dotNetRef) {
    return listen(dotNetRef, 'quizKeys', isShortcut);
}

export { detach };
