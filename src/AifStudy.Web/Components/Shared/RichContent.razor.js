// Mermaid is a classic script (it defines window.mermaid); load it once, on first use, and
// initialise it strictly: note text must never turn into script.
let mermaidReady;

function loadMermaid() {
    mermaidReady ??= new Promise((resolve, reject) => {
        if (window.mermaid) {
            resolve(window.mermaid);
            return;
        }
        const script = document.createElement('script');
        script.src = new URL('lib/mermaid/dist/mermaid.min.js', document.baseURI).href;
        script.onload = () => resolve(window.mermaid);
        script.onerror = () => reject(new Error('mermaid.min.js could not be loaded'));
        document.head.appendChild(script);
    }).then(mermaid => {
        const dark = document.documentElement.dataset.theme === 'dark'
            || (!document.documentElement.dataset.theme && window.matchMedia('(prefers-color-scheme: dark)').matches);
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
        return mermaid;
    });
    return mermaidReady;
}

export async function renderMermaid(container) {
    if (!container) {
        return;
    }
    const nodes = [...container.querySelectorAll('pre.mermaid')];
    if (nodes.length === 0) {
        return;
    }
    const mermaid = await loadMermaid();
    for (const node of nodes) {
        // Keep the source so a node can be drawn again; Mermaid marks drawn nodes with data-processed.
        if (node.dataset.source === undefined) {
            node.dataset.source = node.textContent;
        } else {
            node.textContent = node.dataset.source;
        }
        node.removeAttribute('data-processed');
    }
    for (const node of nodes) {
        try {
            await mermaid.run({ nodes: [node] });
            node.classList.add('mermaid-ok');
        } catch (error) {
            node.classList.add('mermaid-error');
            node.setAttribute('title', 'This diagram could not be drawn: ' + (error?.message ?? error));
        }
    }
}
