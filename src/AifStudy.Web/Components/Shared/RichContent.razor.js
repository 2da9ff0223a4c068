import { enableZoom } from '../../js/diagram-zoom.js';
import { enableExplore, foldToMainBranches, parseMindmap, visibleSource } from '../../js/mindmap-explore.js';
// Mermaid's ES module build, imported once on first use and held here. Nothing is looked up on window: an element of
// a note called "mermaid" (a heading, <a id="mermaid">) would be window.mermaid until a classic script defined it.
// Initialised strictly: note text must never turn into script.
let mermaidReady;

function loadMermaid() {
    mermaidReady ??= import(new URL('lib/mermaid/dist/mermaid.esm.min.mjs', document.baseURI).href).then(module => {
        const mermaid = module.default;
        initialize(mermaid);
        // Mermaid bakes colours into the SVG, so a theme change (wwwroot/theme.js) means drawing every diagram again.
        document.addEventListener('aifstudy:themechange', () => {
            initialize(mermaid);
            renderMermaid(document.body, { keepScroll: true });
        });
        return mermaid;
    });
    return mermaidReady;
}

let drawnTheme;

function initialize(mermaid) {
    const theme = document.documentElement.dataset.theme
        ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    drawnTheme = theme;
    mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: theme === 'dark' ? 'dark' : 'default',
        // The dark theme draws a mindmap's root as dark grey text on mid grey; give it the contrast of its branches.
        themeVariables: theme === 'dark' ? { git0: '#3b4048', gitBranchLabel0: '#f1f3f5' } : {},
    });
}

// Called after each render that changed the content: follow in-page links, draw diagrams. idPrefix is what note ids
// start with (ContentIds.Prefix in Core) and #fragments leave out.
let contentIdPrefix = '';
export async function enhance(container, idPrefix) {
    if (!container) {
        return;
    }
    contentIdPrefix = idPrefix ?? '';
    followFragments();
    if (location.hash) {
        // The whole page, not just this container: the first component to render (often the mindmap, whose drawing
        // takes a moment) brings the deep-linked heading into view, also after the back button.
        scrollToFragment(document.body);
    }
    await renderMermaid(container);
}

// Blazor looks a #fragment up as an id as it stands, and note ids carry a prefix the URL leaves out; nor does Blazor
// tell .NET about same-page fragment navigation. So in-page links are followed here, once per page.
let following = false;
function followFragments() {
    if (following) {
        return;
    }
    following = true;
    const follow = () => setTimeout(() => scrollToFragment(document.body), 0);
    document.addEventListener('click', event => {
        const link = event.target instanceof Element ? event.target.closest('a[href*="#"]') : null;
        if (link && event.button === 0) {
            follow();
        }
    });
    window.addEventListener('popstate', follow);
}

async function renderMermaid(container, { keepScroll = false } = {}) {
    const nodes = [...container.querySelectorAll('pre.mermaid')];
    if (nodes.length === 0) {
        return;
    }
    let mermaid;
    try {
        mermaid = await loadMermaid();
    } catch (error) {
        // Without Mermaid the sources stay readable as text; a rejection here would reach .NET and end the circuit.
        mermaidReady = undefined;
        for (const node of nodes) {
            node.classList.add('mermaid-error');
            node.setAttribute('title', 'Diagrams could not be loaded: ' + (error?.message ?? error));
        }
        return;
    }
    // Redrawing changes heights for a moment; a theme switch should leave the reader where they were.
    const scrollY = window.scrollY;
    for (const node of nodes) {
        if (keepScroll) {
            // Hold the drawn diagram's height while it is redrawn, so the page below it does not jump.
            node.style.minHeight = `${node.offsetHeight}px`;
        }
        // Keep the source so a node can be drawn again; Mermaid marks drawn nodes with data-processed.
        node.dataset.source ??= node.textContent;
    }
    for (const node of nodes) {
        await draw(mermaid, node);
        node.style.minHeight = '';
    }
    if (keepScroll) {
        window.scrollTo({ top: scrollY, behavior: 'instant' });
        return;
    }
    // Drawn diagrams change the page's height: bring a deep-linked element back into view, unless the reader has
    // scrolled since it was last brought there.
    if (location.hash && (lastFragmentScroll?.href !== location.href || lastFragmentScroll.y === window.scrollY)) {
        scrollToFragment(document.body);
    }
}

// The folded branches of each drawn mindmap, kept across redraws (a fold, a theme change).
const foldedBranches = new WeakMap();

// Draws one diagram from its kept source: a mindmap without its folded branches' descendants, then pan and zoom,
// and for a mindmap, links to sections and fold toggles.
async function draw(mermaid, node) {
    const tree = parseMindmap(node.dataset.source);
    let folded = foldedBranches.get(node);
    if (!folded) {
        folded = new Set();
        // A big map on a narrow screen starts folded to its main branches; every branch unfolds with a tap.
        if (tree && tree.nodes.length > 30 && node.clientWidth < 700) {
            foldToMainBranches(tree, folded);
        }
        foldedBranches.set(node, folded);
    }
    const visible = tree ? visibleSource(tree, folded) : null;
    node.textContent = visible ? visible.text : node.dataset.source;
    node.removeAttribute('data-processed');
    try {
        await mermaid.run({ nodes: [node] });
        node.classList.add('mermaid-ok');
        await enableZoom(node);
        if (tree) {
            enableExplore(node, tree, visible.shown, folded, focusIndex => redraw(mermaid, node, focusIndex));
        }
        node.classList.remove('mermaid-error');
        node.dataset.theme = drawnTheme;
    } catch (error) {
        node.classList.add('mermaid-error');
        node.setAttribute('title', 'This diagram could not be drawn: ' + (error?.message ?? error));
    }
}

// After a fold: draw again where the diagram stands (holding its height so the page does not jump), and give the
// keyboard focus back to the toggle that was used.
async function redraw(mermaid, node, focusIndex) {
    const scrollY = window.scrollY;
    node.style.minHeight = `${node.offsetHeight}px`;
    await draw(mermaid, node);
    node.style.minHeight = '';
    window.scrollTo({ top: scrollY, behavior: 'instant' });
    if (focusIndex !== null && focusIndex !== undefined) {
        node.querySelector(`.mindmap-fold[data-index="${focusIndex}"]`)?.focus({ preventScroll: true });
    }
}

let lastFragmentScroll;

// Scrolls to the element named by location.hash when it is inside container, and marks it (CSS cannot: :target
// matches the id as written in the URL, without the prefix).
export function scrollToFragment(container) {
    const target = container ? fragmentTarget() : null;
    if (target && container.contains(target)) {
        document.querySelectorAll('.fragment-target').forEach(e => e.classList.remove('fragment-target'));
        target.classList.add('fragment-target');
        target.scrollIntoView({ block: 'start' });
        lastFragmentScroll = { href: location.href, y: window.scrollY };
    }
}

// The note element #anchor names: id (or, for an old-style <a name>, name) prefix + anchor. Ids may be Chinese, so
// the fragment is decoded first. A fragment that already has the prefix names the element as it stands.
function fragmentTarget() {
    if (location.hash.length < 2) {
        return null;
    }
    let anchor;
    try {
        anchor = decodeURIComponent(location.hash.slice(1));
    } catch {
        anchor = location.hash.slice(1);
    }
    const id = contentIdPrefix + anchor;
    return document.getElementById(id) ?? document.getElementsByName(id)[0]
        ?? (contentIdPrefix && anchor.startsWith(contentIdPrefix) ? document.getElementById(anchor) : null);
}
