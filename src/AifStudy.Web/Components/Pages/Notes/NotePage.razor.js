// Marks sections read as the reader scrolls through them. A section counts as scrolled through once both its heading
// and the element right after its own body (the next heading, or the end of the note) have been on screen during
// this visit, and at least a moment has passed since its heading appeared: opening a deep link does not mark the
// sections above it, and a short section is not read the instant the page opens.
const dwellMs = 1500;

// A section's heading has the id idPrefix + anchor (ContentIds in Core); anchors are what .NET stores and gets back.
export function track(container, end, anchors, dotNetRef, idPrefix) {
    if (!container || !end) {
        return { dispose() { } };
    }
    const headings = [...container.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')];
    const sections = [];
    for (const anchor of anchors) {
        const index = headings.findIndex(h => h.id === idPrefix + anchor);
        if (index >= 0) {
            sections.push({ anchor, start: headings[index], end: headings[index + 1] ?? end });
        }
    }

    const seenAt = new Map();
    const reported = new Set();
    const timers = new Set();
    // A heading that is not laid out (the body's title heading, which the page header shows instead) cannot scroll
    // into view; its section starts when the page does.
    for (const section of sections) {
        if (section.start.getClientRects().length === 0) {
            seenAt.set(section.start, performance.now());
        }
    }

    const check = () => {
        const now = performance.now();
        for (const section of sections) {
            if (reported.has(section.anchor) || !seenAt.has(section.start) || !seenAt.has(section.end)) {
                continue;
            }
            const wait = seenAt.get(section.start) + dwellMs - now;
            if (wait > 0) {
                const timer = setTimeout(() => { timers.delete(timer); check(); }, wait + 10);
                timers.add(timer);
                continue;
            }
            reported.add(section.anchor);
            dotNetRef.invokeMethodAsync('SectionScrolledThrough', section.anchor)
                .catch(() => { /* circuit gone; the reconnect UI says so */ });
        }
    };

    const observer = new IntersectionObserver(entries => {
        for (const entry of entries) {
            if (entry.isIntersecting && !seenAt.has(entry.target)) {
                seenAt.set(entry.target, performance.now());
            }
        }
        check();
    });
    for (const section of sections) {
        observer.observe(section.start);
        observer.observe(section.end);
    }

    return {
        dispose() {
            observer.disconnect();
            timers.forEach(clearTimeout);
            timers.clear();
        },
    };
}
