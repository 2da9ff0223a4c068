import { toolButton } from './diagram-zoom.js';

// Exploring a drawn mindmap, as in Markmap: a click (or Enter) on a node that stands for a section opens that section
// (the generated mindmap names them in "%% link nN anchor" comment lines, which Mermaid skips), and every branch folds
// and unfolds from the small circle at its node's corner, or all at once from the toolbar. Folding redraws the map
// from its source without the folded branches' descendants.

const nodeLine = line => {
    const text = line.trim();
    return text.length > 0 && !text.startsWith('%%') && !text.startsWith('::icon(') && !text.startsWith(':::');
};
const indentOf = line => line.length - line.trimStart().length;

/** The tree of a Mermaid mindmap source: its node lines (with parents and children) and the links; null if not a mindmap. */
export function parseMindmap(source) {
    const lines = source.split('\n');
    const header = lines.findIndex(nodeLine);
    if (header < 0 || lines[header].trim() !== 'mindmap') {
        return null;
    }
    const links = new Map();
    for (const line of lines) {
        const link = /^\s*%% link (\S+) (\S+)\s*$/.exec(line);
        if (link) {
            links.set(link[1], link[2]);
        }
    }
    const nodes = [];
    const stack = [];
    for (let i = header + 1; i < lines.length; i++) {
        if (!nodeLine(lines[i])) {
            continue;
        }
        const indent = indentOf(lines[i]);
        while (stack.length > 0 && stack[stack.length - 1].indent >= indent) {
            stack.pop();
        }
        const parent = stack[stack.length - 1] ?? null;
        const id = /^\s*([A-Za-z][\w-]*)\s*[[({)]/.exec(lines[i])?.[1] ?? null;
        const node = { index: nodes.length, line: i, indent, parent, children: [], id, label: label(lines[i]) };
        parent?.children.push(node);
        nodes.push(node);
        stack.push(node);
    }
    return { lines, header, nodes, links };
}

function label(line) {
    const text = line.trim();
    const quoted = /^[\w-]*\s*[[({)]+"(.*)"[\])}]+$/.exec(text);
    return (quoted?.[1] ?? text.replace(/^[\w-]*\s*[[({)]+|[\])}]+$/g, '')).trim();
}

/** The source with the descendants of folded nodes (by index) left out, and the nodes that stay, in drawing order. */
export function visibleSource(tree, folded) {
    const hidden = new Set();
    for (const node of tree.nodes) {
        if (node.parent && (hidden.has(node.parent.index) || folded.has(node.parent.index))) {
            hidden.add(node.index);
        }
    }
    const hiddenLines = new Set();
    for (const node of tree.nodes) {
        if (hidden.has(node.index)) {
            hiddenLines.add(node.line);
            // An icon or class line decorates the node above it.
            for (let i = node.line + 1; i < tree.lines.length && !nodeLine(tree.lines[i]) && !tree.lines[i].trim().startsWith('%%'); i++) {
                hiddenLines.add(i);
            }
        }
    }
    return {
        text: tree.lines.filter((_, i) => !hiddenLines.has(i)).join('\n'),
        shown: tree.nodes.filter(n => !hidden.has(n.index)),
    };
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Makes the mindmap drawn in `node` explorable. `shown` is the list visibleSource returned for the drawing,
 * `folded` the set of folded node indexes, `redraw` draws the node again after a fold.
 */
export function enableExplore(node, tree, shown, folded, redraw) {
    const svg = node.querySelector('svg');
    if (!svg) {
        return;
    }
    const drawn = [...svg.querySelectorAll('g.mindmap-node')];
    const byIndex = new Map(drawn.map(g => [Number(/node_(\d+)$/.exec(g.id)?.[1]), g]));
    let down = null;
    svg.addEventListener('pointerdown', e => { down = { x: e.clientX, y: e.clientY }; }, { capture: true });
    // A drag to pan ends with a click on whatever is under the pointer: only a still click opens or folds.
    const still = e => !down || Math.hypot(e.clientX - down.x, e.clientY - down.y) < 6;
    shown.forEach((entry, k) => {
        const g = byIndex.get(k);
        if (!g) {
            return;
        }
        const anchor = entry.id ? tree.links.get(entry.id) : undefined;
        if (anchor) {
            makeLink(node, g, entry, anchor, still);
        }
        if (entry.children.length > 0) {
            addToggle(g, entry, folded, redraw, still);
        }
    });
    foldButtons(node, tree, folded, redraw);
}

function activate(element, action) {
    element.addEventListener('keydown', e => {
        if (e.key === 'Enter' || (e.key === ' ' && element.getAttribute('role') === 'button')) {
            e.preventDefault();
            e.stopPropagation();
            action();
        }
    });
}

function makeLink(node, g, entry, anchor, still) {
    g.classList.add('mindmap-link');
    g.setAttribute('role', 'link');
    g.setAttribute('tabindex', '0');
    g.setAttribute('aria-label', `Open the section: ${entry.label}`);
    g.dataset.anchor = anchor;
    const open = () => {
        // Through a real in-page link, so the page's own fragment handling (RichContent.razor.js) scrolls to it.
        const a = document.createElement('a');
        a.href = new URL('#' + encodeURIComponent(anchor), location.href).href;
        a.hidden = true;
        node.append(a);
        a.click();
        a.remove();
    };
    g.addEventListener('click', e => {
        if (still(e)) {
            open();
        }
    });
    activate(g, open);
}

function addToggle(g, entry, folded, redraw, still) {
    const box = g.getBBox();
    const isFolded = folded.has(entry.index);
    const toggle = document.createElementNS(SVG, 'g');
    toggle.setAttribute('class', 'mindmap-fold');
    toggle.dataset.index = String(entry.index);
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('tabindex', '0');
    toggle.setAttribute('aria-expanded', isFolded ? 'false' : 'true');
    toggle.setAttribute('aria-label', `${isFolded ? 'Unfold' : 'Fold'} the branch ${entry.label} (${countBelow(entry)} below)`);
    toggle.setAttribute('transform', `translate(${box.x + box.width},${box.y + box.height / 2})`);
    const circle = document.createElementNS(SVG, 'circle');
    circle.setAttribute('r', '9');
    const sign = document.createElementNS(SVG, 'text');
    sign.setAttribute('text-anchor', 'middle');
    sign.setAttribute('dominant-baseline', 'central');
    sign.textContent = isFolded ? '+' : '−';
    const title = document.createElementNS(SVG, 'title');
    title.textContent = isFolded ? `Unfold (${countBelow(entry)} hidden)` : 'Fold this branch';
    toggle.append(title, circle, sign);
    g.append(toggle);
    const flip = () => {
        if (folded.has(entry.index)) {
            folded.delete(entry.index);
        } else {
            folded.add(entry.index);
        }
        redraw(entry.index);
    };
    toggle.addEventListener('click', e => {
        e.stopPropagation();
        if (still(e)) {
            flip();
        }
    });
    activate(toggle, flip);
}

function countBelow(entry) {
    return entry.children.reduce((sum, child) => sum + 1 + countBelow(child), 0);
}

function foldButtons(node, tree, folded, redraw) {
    const bar = node.querySelector(':scope > .diagram-tools');
    if (!bar || tree.nodes.every(n => n.children.length === 0)) {
        return;
    }
    const button = (text, label, testId, action) => bar.prepend(toolButton(label, text, action, testId));
    button('⊞', 'Unfold every branch', 'mindmap-unfold-all', () => {
        folded.clear();
        redraw(null);
    });
    button('⊟', 'Fold to the main branches', 'mindmap-fold-all', () => {
        folded.clear();
        foldToMainBranches(tree, folded);
        redraw(null);
    });
}

/** Folds every branch below the root's children, leaving the root and its main branches. */
export function foldToMainBranches(tree, folded) {
    for (const n of tree.nodes) {
        if (n.parent && n.children.length > 0) {
            folded.add(n.index);
        }
    }
}
