// Opens the shortcut list on "?" anywhere except while typing; Escape (native to a modal dialog), the close button
// or a click on the backdrop close it.
import { closest, typingTargets } from '../../js/document-keys.js';

let detachCurrent;

export function attach(dialog) {
    detach();
    const onKeyDown = event => {
        if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) {
            return;
        }
        if (closest(event.target, typingTargets)) {
            return;
        }
        event.preventDefault();
        if (dialog.open) {
            dialog.close();
        } else {
            dialog.showModal();
        }
    };
    const onClick = event => {
        // A click on the ::backdrop lands on the dialog element itself; clicks on its content land on children.
        if (event.target === dialog || (event.target instanceof Element && event.target.closest('[data-close]'))) {
            dialog.close();
        }
    };
    document.addEventListener('keydown', onKeyDown);
    dialog.addEventListener('click', onClick);
    document.documentElement.dataset.shortcutHelp = 'ready';
    detachCurrent = () => {
        document.removeEventListener('keydown', onKeyDown);
        dialog.removeEventListener('click', onClick);
        delete document.documentElement.dataset.shortcutHelp;
    };
}

export function detach() {
    detachCurrent?.();
    detachCurrent = undefined;
}
