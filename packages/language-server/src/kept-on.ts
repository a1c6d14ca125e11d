// What is worked out from an object, kept on the object itself under a symbol (the main thread's
// diagnostics and posted findings: message-writer.ts, analysis-delta.ts). Not enumerable, so a spread
// copy, JSON and structured clone leave it behind; read as an own property only. Not a WeakMap: V8's
// scavenges keep alive what an old-generation WeakMap entry holds until a full collection, and each
// main-thread scavenge copied ~3 MB of dead analyses that way (bench/lsp-main-thread.js).

/** Keeps `value` on `object` under `key`, for good (it cannot be changed), and returns it. */
export function keepOn<T>(object: object, key: symbol, value: T): T {
  Object.defineProperty(object, key, { value });
  return value;
}

/** What keepOn kept on this very object under `key`; undefined when nothing was. */
export function keptOn<T>(object: object, key: symbol): T | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<symbol, T>)[key] : undefined;
}
