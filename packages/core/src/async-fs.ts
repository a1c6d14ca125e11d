import { lstat, readdir, readlink, stat } from 'node:fs';
import { promisify } from 'node:util';

/**
 * The few promise-returning file calls a lint of a small file makes (an input's stat, the build
 * context's lstat/readdir/readlink), over node:fs's callbacks: node:fs/promises loads ~40 more
 * built-in modules (streams, readline), ~1.5 ms of a start-up that bench/startup.js measures.
 */
export const asyncFs = {
  stat: promisify(stat),
  lstat: promisify(lstat),
  readdir: promisify(readdir),
  readlink: promisify(readlink),
};
