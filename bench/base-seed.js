'use strict';
// What seeding a stage from a resolved base image costs the layer model (issue 15: a 50,000-file
// base adds at most ~10 ms per FROM). Builds the model of a Dockerfile of several `FROM debian`
// stages with and without a synthetic 50,000-file base, and prints ms per FROM; the first use of
// an index (first lookups, JIT warm-up) is printed apart. `node bench/base-seed.js [files] [stages]`
// after `npx tsc -b`. Prints, never fails.
const { buildLayerModel, initShellParser, parseDocumentSync } = require('../packages/core/dist');
const { parseImageReference } = require('../packages/core/dist/registry/reference.js');
const { mergeLayers } = require('../packages/core/dist/registry/image-filesystem.js');

const FILE_COUNT = Number(process.argv[2] ?? 50_000);
const STAGES = Number(process.argv[3] ?? 10);
const RUNS = 7;

// a stage that touches a few base files, as most do
const STAGE = `FROM debian:bookworm AS s{n}
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN echo 'alias ll="ls -l"' >> /root/.bashrc && sed -i 's/main/main contrib/' /etc/apt/sources.list
RUN rm -rf /usr/share/doc/pkg7 && rm /bin/pkg7-tool-7 && rm -f /etc/pkg5/*
ENV PATH=/opt/bin:$PATH
RUN mkdir -p /opt/bin && dd if=/dev/zero bs=1024 count=4 of=/opt/bin/tool
`;
// stages that hide or copy up thousands of base files: the cost grows with the files touched
const HEAVY = {
  'rm -rf /usr/share/doc/*/changelog.gz /usr/share/man/*': 'FROM debian:bookworm\nRUN rm -rf /usr/share/doc/*/changelog.gz /usr/share/man/*\n',
  'chmod -R a+r /usr': 'FROM debian:bookworm\nRUN chmod -R a+r /usr\n',
};

function entry(path, type, size = 0, link) {
  return { path, type, mode: 0o644, uid: 0, gid: 0, size, ...(link && { link }) };
}

/** A Debian-like base: merged-/usr links, per-package doc, man, lib and bin files. */
function syntheticIndex() {
  const files = new Map();
  for (const [path, link] of Object.entries({ bin: 'usr/bin', lib: 'usr/lib', sbin: 'usr/sbin', lib64: 'usr/lib64' })) files.set(path, entry(path, 'symlink', 0, link));
  const places = ['usr/share/doc/pkg{p}', 'usr/share/man/man1', 'usr/lib/x86_64-linux-gnu/pkg{p}', 'usr/bin', 'usr/share/locale/l{p}/LC_MESSAGES', 'etc/pkg{p}'];
  let count = 0;
  for (let i = 0; count < FILE_COUNT; i++) {
    const dir = places[i % places.length].replace('{p}', String(i % 997));
    const parts = dir.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const at = parts.slice(0, depth).join('/');
      if (!files.has(at)) files.set(at, entry(at, 'dir'));
    }
    const name = dir.endsWith('bin') ? `pkg${i % 997}-tool-${i}` : i % 4 === 0 ? 'changelog.gz' : `file-${i}`;
    const path = `${dir}/${name}`;
    if (files.has(path)) continue;
    files.set(path, entry(path, 'file', 100 + (i % 5000)));
    count++;
  }
  for (const path of ['root/.bashrc', 'etc/apt/sources.list']) files.set(path, entry(path, 'file', 500));
  let bytes = 0;
  for (const value of files.values()) if (value.type === 'file') bytes += value.size;
  const image = {
    reference: parseImageReference('debian:bookworm'),
    digest: `sha256:${'d'.repeat(64)}`,
    platform: { os: 'linux', architecture: 'amd64' },
    config: { env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], diffIds: [], history: [] },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${'1'.repeat(64)}`, size: 1 }],
  };
  // as the registry gives it: one layer's entries, merged into a listing sorted by path
  const sorted = mergeLayers([{ entries: [...files.values()], whiteouts: [], opaqueDirs: [], keptFiles: {}, refused: [] }]);
  return { image, files: sorted, fileBytes: bytes, compressedBytes: 1, storedBytes: bytes, packages: [] };
}

function statesFor(document, index) {
  const states = new Map();
  for (const stage of document.stages) {
    const base = { stage: stage.index, written: stage.base, reference: parseImageReference(stage.base), platform: index.image.platform };
    states.set(stage.index, { status: 'resolved', base, index });
  }
  return states;
}

function timed(action) {
  const start = process.hrtime.bigint();
  const result = action();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

(async () => {
  await initShellParser();
  const text = Array.from({ length: STAGES }, (_, n) => STAGE.replace('{n}', String(n))).join('');
  const document = parseDocumentSync(text);
  buildLayerModel(document); // warm the parser's and the model's own caches

  const first = syntheticIndex();
  const cold = timed(() => buildLayerModel(document, { baseImages: statesFor(document, first) }));
  const without = [];
  const withBase = [];
  for (let i = 0; i < RUNS; i++) {
    without.push(timed(() => buildLayerModel(document)).ms);
    withBase.push(timed(() => buildLayerModel(document, { baseImages: statesFor(document, first) })).ms);
  }
  const [plain, seeded] = [median(without), median(withBase)];
  const stage = cold.result.stages[0];
  console.log(`base seeding: ${first.files.size} base entries, ${STAGES} stages FROM it, median of ${RUNS} runs`);
  console.log(`  without a base image   ${plain.toFixed(1)} ms   (${(plain / STAGES).toFixed(2)} ms per FROM)`);
  console.log(`  with the base image    ${seeded.toFixed(1)} ms   (${(seeded / STAGES).toFixed(2)} ms per FROM, +${((seeded - plain) / STAGES).toFixed(2)} ms per FROM)`);
  console.log(`  first use of the index ${cold.ms.toFixed(1)} ms   (first lookups in a fresh index: +${(cold.ms - seeded).toFixed(1)} ms)`);
  console.log(`  stage 0: base files hidden ${stage.totals.wastedBytes.estimate} ${stage.totals.wastedBytes.value} B, image ${stage.totals.imageBytes.estimate} ${stage.totals.imageBytes.value} B`);

  for (const [what, heavyText] of Object.entries(HEAVY)) {
    const heavy = parseDocumentSync(heavyText);
    const runs = Array.from({ length: 3 }, () => timed(() => buildLayerModel(heavy, { baseImages: statesFor(heavy, first) })));
    const { result } = runs[0];
    const touched = result.stages[0].shadowedBase.length ? result.stages[0].totals.wastedBytes.value : 0;
    const files = [...first.files.values()].filter((value) => value.type === 'file');
    const hiddenFiles = result.stages[0].steps[1].stored.length || files.filter((value) => /^usr\/share\/(man\/|doc\/[^/]+\/changelog\.gz$)/.test(value.path)).length;
    const ms = median(runs.map((run) => run.ms));
    console.log(`  \`${what}\`: ${ms.toFixed(1)} ms for ${hiddenFiles} base files (${((ms * 1000) / hiddenFiles).toFixed(2)} µs each), hides ${touched} B`);
  }
})();
