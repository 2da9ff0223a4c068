// Review shortcuts (see ReviewShortcut): Space/Enter reveal, 1-4 rate, Ctrl+Z/Cmd+Z undo, R report, E edit. This only filters out keys
// that belong to something else; .NET knows whether the answer is shown and decides the rest.
import { closest, detach, listen, typingTargets } from '../../js/document-keys.js';

// Space and Enter already press a focused button or follow a focused link; reacting too would act twice.
const activatingTargets = 'button, a[href], summary, [role="button"], [role="link"]';

function isShortcut(event) {
    // Keys typed into a field are the user's text; keys pressed inside an open dialog (the shortcut list) are for the
    // dialog, not the card behind it.
    // The report form and the card editor ([data-own-keys]) keep their keys too.
    if (event.altKey || closest(event.target, typingTargets) || closest(event.target, 'dialog[open], [data-own-keys]')) {
        return false;
    }
    if (event.ctrlKey || event.metaKey) {
        return !event.shiftKey && (event.key === 'z' || event.key === 'Z');
    }
    if (event.key === ' ' || event.key === 'Enter') {
        return !event.shiftKey && !closest(event.target, activatingTargets);
    }
    if (event.key.length !== 1) {
        return false;
    }
    return (event.key >= '1' && event.key <= '4') || (!event.shiftKey && 'rReE'.includes(event.key));
}

export function attach(dotNetRef) {
    return listen(dotNetRef, 'reviewKeys', isShortcut);
}

export { detach };
