import '@testing-library/jest-dom';

// jsdom has no canvas; axe-core probes one and would log "not implemented" otherwise.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
