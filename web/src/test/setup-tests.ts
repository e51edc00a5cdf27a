import '@testing-library/jest-dom';
// jsdom has no IndexedDB, which the call page's outbox keeps unsent outcomes in.
import 'fake-indexeddb/auto';

// jsdom has no canvas; axe-core probes one and would log "not implemented" otherwise.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
// jsdom lays nothing out, so cannot scroll; the router scrolls a newly opened page to its top.
window.scrollTo = () => undefined;
