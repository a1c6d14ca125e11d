'use strict';
// A small seeded generator (mulberry32): the same seed and index give the same mutant everywhere.

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for mutant `index` of run `seed`, with helpers. */
function randomFor(seed, index) {
  const next = mulberry32(Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const int = (below) => Math.floor(next() * below);
  return {
    next,
    int,
    /** 1..max, small values far more often than large ones */
    skewed: (max) => Math.max(1, Math.floor(Math.pow(next(), 3) * max)),
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
  };
}

module.exports = { randomFor };
