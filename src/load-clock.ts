// Imported first by extension.ts: the time the extension's bundle began to load, for activation timing.
export const loadStarted = Date.now();
