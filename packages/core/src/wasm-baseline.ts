/**
 * V8 flags that keep tree-sitter's wasm (parse/bash-parser.ts) on V8's baseline compiler, Liftoff:
 * the CLI and the language server set them at start (v8.setFlagsFromString), before any wasm is
 * compiled. Left to tier up, V8 recompiled the parser's hot functions with TurboFan in the
 * background, and a short run waited ~400 ms at exit for it; Liftoff code parses the whole corpus as
 * fast (bench/parser-floor.js).
 * --liftoff-only alone did it on Node 20 and 22. Set at run time on Node 24 (V8 13.6), it no longer
 * switches tier-up off as it does when given on the command line: a lint with a RUN took ~0.6 s
 * instead of ~0.1 s, waiting for a background compile at exit. Tier-up and dynamic tiering are
 * switched off too: with only one of them off, Node 24 still waited. All three are V8's own since Node 20.
 * Its own module, with nothing else: the published CLI's bin loads it before the bundle.
 */
export const WASM_BASELINE_FLAGS: readonly string[] = ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'];
