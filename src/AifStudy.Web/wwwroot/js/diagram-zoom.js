// Pan and zoom for drawn diagrams (the generated mindmap, and Mermaid blocks in notes), with @panzoom/panzoom (kept
// under lib/panzoom via libman.json): drag or touch to pan, the wheel or a pinch to zoom, and buttons to zoom, fit the
// width again and go full screen. The toolbar is a real row of buttons, so keyboard and screen reader users get it too.
let panzoomReady;

function loadPanzoom() {
    panzoomReady ??= import(new URL('lib/panzoom/dist/panzoom.es.js', document.baseURI).href).then(m => m.default);
    return panzoomReady;
}

const instances = new WeakMap();

/** Makes the diagram drawn in `node` (a pre.mermaid holding an svg) pannable and zoomable; again after a redraw. */
export async function enableZoom(node) {
    const svg = node.querySelector('svg');
    if (!svg) {
        return;
    }
    let Panzoom;
    try {
        Panzoom = await loadPanzoom();
    } catch {
        panzoomReady = undefined;
        return; // the diagram stays as drawn
    }
    instances.get(node)?.destroy();
    let panzoom;
    try {
        panzoom = Panzoom(svg, { maxScale: 8, minScale: 0.5, step: 0.25, cursor: 'grab' });
    } catch {
        return; // the diagram stays as drawn
    }
    instances.set(node, panzoom);
    const onWheel = event => {
        // Only with Ctrl (or a trackpad pinch, which browsers send as Ctrl+wheel): a plain wheel scrolls the page.
        if (event.ctrlKey || node.classList.contains('diagram-full')) {
            panzoom.zoomWithWheel(event);
        }
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    node.dataset.zoom = 'ready';
    toolbar(node, panzoom);
}

function toolbar(node, panzoom) {
    node.querySelector(':scope > .diagram-tools')?.remove();
    const bar = document.createElement('div');
    bar.className = 'diagram-tools';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Diagram view');
    const button = (label, text, action, testId) => {
        const b = toolButton(label, text, action, testId);
        bar.append(b);
        return b;
    };
    button('Zoom in', '+', () => panzoom.zoomIn(), 'diagram-zoom-in');
    button('Zoom out', '−', () => panzoom.zoomOut(), 'diagram-zoom-out');
    button('Fit to width', '↔', () => panzoom.reset(), 'diagram-fit');
    const full = button('Full screen', '⤢', () => toggleFull(node, panzoom, full), 'diagram-full');
    node.prepend(bar);
}

/** A button of a diagram's toolbar: its text, its label for screen readers and as a tooltip, and what it does. */
export function toolButton(label, text, action, testId) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'diagram-tool';
    b.textContent = text;
    b.title = label;
    b.setAttribute('aria-label', label);
    b.dataset.testid = testId;
    b.addEventListener('click', action);
    return b;
}

function toggleFull(node, panzoom, button) {
    const on = !node.classList.contains('diagram-full');
    node.classList.toggle('diagram-full', on);
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.title = on ? 'Leave full screen' : 'Full screen';
    button.setAttribute('aria-label', button.title);
    panzoom.reset();
    if (on) {
        const leave = event => {
            if (event.key === 'Escape') {
                document.removeEventListener('keydown', leave);
                if (node.classList.contains('diagram-full')) {
                    toggleFull(node, panzoom, button);
                }
            }
        };
        document.addEventListener('keydown', leave);
    }
}
