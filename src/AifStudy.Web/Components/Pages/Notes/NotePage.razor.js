// Marks sections read as the reader reads them. A section counts as read once it has been on screen, in a visible
// tab, for as long as its length asks (ReadingTime.OnScreen in Core: 30 % of the time it takes to read, at least 2 s,
// at most 90 s; the page passes the milliseconds per section) and its end (the next heading, or the end of the note)
// has been on screen during this visit. Flicking through a note marks nothing; opening a deep link does not mark the
// sections above it.
const tickMs = 250;

// A section's heading has the id idPrefix + anchor (ContentIds in Core); anchors are what .NET stores and gets back.
export function track(container, end, anchors, readAfterMs, dotNetRef, idPrefix) {
    if (!container || !end) {
        return { dispose() { } };
    }
    const headings = [...container.querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')];
    const sections = [];
    anchors.forEach((anchor, i) => {
        const index = headings.findIndex(h => h.id === idPrefix + anchor);
        if (index >= 0) {
            sections.push({ anchor, start: headings[index], end: headings[index + 1] ?? end, needMs: readAfterMs[i] ?? 2000, onScreenMs: 0, endSeen: false });
        }
    });

    // The part of the page a section takes: from its heading (or, for the body's title heading, which the page header
    // shows instead and is not laid out, the top of the note) to the element after its body.
    const isOnScreen = section => {
        const top = section.start.getClientRects().length === 0 ? container.getBoundingClientRect().top : section.start.getBoundingClientRect().top;
        const bottom = section.end.getBoundingClientRect().top;
        return bottom > 0 && top < window.innerHeight;
    };

    const endObserver = new IntersectionObserver(entries => {
        for (const entry of entries) {
            if (entry.isIntersecting) {
                sections.filter(s => s.end === entry.target).forEach(s => { s.endSeen = true; });
            }
        }
    });
    sections.forEach(s => endObserver.observe(s.end));

    let last = performance.now();
    const tick = () => {
        const now = performance.now();
        // A hidden tab, or a pause longer than a few ticks (the machine slept), adds nothing.
        const elapsed = document.visibilityState === 'visible' ? Math.min(now - last, 4 * tickMs) : 0;
        last = now;
        for (const section of sections) {
            if (section.reported) {
                continue;
            }
            if (isOnScreen(section)) {
                section.onScreenMs += elapsed;
            }
            if (section.endSeen && section.onScreenMs >= section.needMs) {
                section.reported = true;
                dotNetRef.invokeMethodAsync('SectionScrolledThrough', section.anchor)
                    .catch(() => { /* circuit gone; the reconnect UI says so */ });
            }
        }
        if (sections.every(s => s.reported)) {
            clearInterval(timer);
        }
    };
    const timer = setInterval(tick, tickMs);

    return {
        dispose() {
            endObserver.disconnect();
            clearInterval(timer);
        },
    };
}
