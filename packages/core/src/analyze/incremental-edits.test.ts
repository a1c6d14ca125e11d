import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { ContextCaches } from '../layers/context/context-cache';
import { announceSkip, SHARED } from '../test-shared';
import { seededRandom } from '../../test/support/seeded-random';
import { analyzeDockerfile, type AnalysisRequest, type DockerfileAnalysis } from './analyze';

// Issue 18: an incremental analysis (reusing the instructions and layer-model stages of the
// version before, in place or moved by lines an edit above inserted or deleted) must equal a
// fresh one. Seeded random edits of real Dockerfiles; after each, the parse, the findings and the
// layer model of both are compared.

const ROOT = path.resolve(__dirname, '../../../..');
const EXAMPLES = path.join(ROOT, 'examples');
const CORPUS = path.join(SHARED, 'corpus', 'dockerfiles');
const EDITS_PER_FILE = 8;
const CORPUS_FILES = 24;
const MOVING_SEEDS = [7, 77, 777];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const at = (random: Random, length: number): number => Math.floor(random() * length);

const NEW_LINES = ['# note', '', 'RUN echo hi > /tmp/x', 'ARG VERSION=2', 'FROM alpine:3.19 AS extra', 'COPY --from=0 /etc /copied', 'ENV HOME=/srv', 'WORKDIR /app', 'RUN \\', '  apt-get install -y curl'];

const REPLACEMENTS = [
  'RUN rm -rf /app /usr /etc /go /src /root',
  'RUN mkdir -p /app/bin /usr/local/bin && head -c 5000 /dev/urandom > /app/bin/tool && cp /app/bin/tool /usr/local/bin/',
  'COPY . /app',
  'WORKDIR /elsewhere',
  'ENV PATH=/nowhere',
  'ARG TARGETARCH=arm64',
  'USER nobody',
];

/** Indexes of the lines matching `pattern`, or every line when none does. */
function linesLike(lines: readonly string[], pattern: RegExp): number[] {
  const found = lines.flatMap((line, index) => (pattern.test(line) ? [index] : []));
  return found.length > 0 ? found : lines.map((_, index) => index);
}

type Edit = (lines: string[], random: Random) => void;

/** A line at or above a random stage's FROM (any line when there is no FROM). */
function aboveAStage(lines: readonly string[], random: Random): number {
  return at(random, pick(random, linesLike(lines, /^\s*FROM\s/i)) + 1);
}

/** Edits that move whole stages (and the instructions below the edit in a stage) by lines. */
const MOVING_EDITS: Edit[] = [
  function insertLinesAboveStage(lines, random) {
    lines.splice(aboveAStage(lines, random), 0, ...Array.from({ length: 1 + at(random, 3) }, () => pick(random, ['', '# moved', '#'])));
  },
  function deleteLineAboveStage(lines, random) {
    if (lines.length > 1) lines.splice(aboveAStage(lines, random), 1);
  },
  function insertInstructionAboveStage(lines, random) {
    lines.splice(aboveAStage(lines, random), 0, pick(random, ['RUN echo moved > /moved', 'ENV MOVED=1', 'COPY --from=0 /etc /copied']));
  },
  function insertBlankLine(lines, random) {
    lines.splice(at(random, lines.length + 1), 0, '');
  },
];

/** One random edit of the kinds an editor makes, on the text as lines. */
const EDITS: Edit[] = [
  ...MOVING_EDITS,
  function insertChar(lines, random) {
    const line = at(random, lines.length);
    const column = at(random, lines[line].length + 1);
    lines[line] = lines[line].slice(0, column) + pick(random, ['a', ' ', '\\', '#', '"', '$', '=']) + lines[line].slice(column);
  },
  function deleteChar(lines, random) {
    const line = at(random, lines.length);
    const column = at(random, lines[line].length);
    lines[line] = lines[line].slice(0, column) + lines[line].slice(column + 1);
  },
  function insertLine(lines, random) {
    lines.splice(at(random, lines.length + 1), 0, pick(random, NEW_LINES));
  },
  function deleteLine(lines, random) {
    if (lines.length > 1) lines.splice(at(random, lines.length), 1);
  },
  // in place, so the stages below keep their lines and may be reused: they must see what it changes
  function replaceLine(lines, random) {
    const line = pick(random, linesLike(lines, /^\s*(RUN|COPY|ADD|WORKDIR|ENV|ARG|USER)\s/i));
    lines[line] = pick(random, REPLACEMENTS);
  },
  function commentOut(lines, random) {
    const line = at(random, lines.length);
    lines[line] = `#${lines[line]}`;
  },
  function changeFrom(lines, random) {
    const line = pick(random, linesLike(lines, /^\s*FROM\s/i));
    lines[line] = pick(random, ['FROM debian:bookworm AS build', 'FROM scratch', 'FROM build AS next', `FROM ${lines[line].split(/\s+/)[1] ?? 'alpine'} AS renamed`, 'FROM 0']);
  },
  function changeArg(lines, random) {
    const line = pick(random, linesLike(lines, /^\s*ARG\s/i));
    lines[line] = pick(random, [`${lines[line]}x`, 'ARG BASE=ubuntu:22.04', 'ARG VERSION', lines[line].replace(/=.*/, '=changed')]);
  },
  function changeCopyFrom(lines, random) {
    const line = pick(random, linesLike(lines, /^\s*COPY\s/i));
    const from = pick(random, ['0', '1', 'build', 'builder', 'renamed', 'nginx:latest']);
    lines[line] = /--from=\S*/.test(lines[line]) ? lines[line].replace(/--from=\S*/, `--from=${from}`) : lines[line].replace(/^(\s*COPY)/i, `$1 --from=${from}`);
  },
  function joinLines(lines, random) {
    if (lines.length < 2) return;
    const line = at(random, lines.length - 1);
    lines.splice(line, 2, lines[line] + lines[line + 1]);
  },
];

/** Everything an analysis gives its callers, as text: instructions and problems, findings, the layer model. */
function dumpOf(analysis: DockerfileAnalysis): { document: string; findings: string; layers: string } {
  const { instructions, problems, stages, globalArgs, comments, directives } = analysis.document;
  return {
    document: JSON.stringify({ instructions, problems, stages, globalArgs, comments, directives }),
    findings: JSON.stringify(analysis.findings),
    layers: layersDump(analysis),
  };
}

function layersDump(analysis: DockerfileAnalysis): string {
  try {
    return JSON.stringify(analysis.layers, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

function corpusSample(random: Random): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(CORPUS);
  // files with stages to copy between are the ones stage reuse can get wrong
  const multiStage = files.filter((file) => (readFileSync(file, 'utf8').match(/^\s*FROM\s/gim) ?? []).length > 1);
  return Array.from({ length: CORPUS_FILES }, (_, index) => pick(random, index % 2 === 0 ? multiStage : files));
}

/** Edits the file at random; after each edit, the incremental analysis must equal a fresh one. */
async function checkEdits(file: string, contextRoot: string | undefined, random: Random, edits: readonly Edit[] = EDITS): Promise<string[]> {
  const request: AnalysisRequest = { rules, dockerfilePath: file, contextRoot, contexts: new ContextCaches() };
  const lines = readFileSync(file, 'utf8').split('\n');
  let previous = await analyzeDockerfile({ ...request, text: lines.join('\n'), incremental: {} });
  const differences: string[] = [];
  for (let edit = 0; edit < EDITS_PER_FILE; edit++) {
    const change = pick(random, edits);
    change(lines, random);
    const text = lines.join('\n');
    // the layers are read before the fresh analysis, as the editor reads them: then they are reused next
    const incremental = await analyzeDockerfile({ ...request, text, incremental: { previous } });
    const got = dumpOf(incremental);
    const fresh = dumpOf(await analyzeDockerfile({ ...request, text }));
    for (const part of ['document', 'findings', 'layers'] as const) {
      if (got[part] !== fresh[part]) differences.push(`${path.relative(ROOT, file)}, edit ${edit + 1} (${change.name}): the ${part} differs`);
    }
    previous = incremental;
  }
  return differences;
}

describe('incremental analysis equals a fresh one after random edits', () => {
  test('the examples, with their build contexts', async () => {
    const random = seededRandom(18);
    const differences: string[] = [];
    for (const example of readdirSync(EXAMPLES).sort()) {
      for (const name of ['Dockerfile', 'fixed.Dockerfile']) {
        const file = path.join(EXAMPLES, example, name);
        if (existsSync(file)) differences.push(...(await checkEdits(file, path.dirname(file), random)));
      }
    }
    expect(differences).toEqual([]);
  });

  (existsSync(CORPUS) ? test : test.skip)(`${CORPUS_FILES} corpus Dockerfiles`, async () => {
    const random = seededRandom(1818);
    const differences: string[] = [];
    for (const file of corpusSample(random)) differences.push(...(await checkEdits(file, undefined, random)));
    expect(differences).toEqual([]);
  });

  test.each(MOVING_SEEDS)('the examples, with their build contexts, under edits that move stages (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const differences: string[] = [];
    for (const example of readdirSync(EXAMPLES).sort()) {
      const file = path.join(EXAMPLES, example, 'Dockerfile');
      if (existsSync(file)) differences.push(...(await checkEdits(file, path.dirname(file), random, MOVING_EDITS)));
    }
    expect(differences).toEqual([]);
  });

  (existsSync(CORPUS) ? test.each : test.skip.each)(MOVING_SEEDS)(`${CORPUS_FILES} corpus Dockerfiles under edits that move stages (seed %i)`, async (seed) => {
    const random = seededRandom(seed);
    const differences: string[] = [];
    for (const file of corpusSample(random)) differences.push(...(await checkEdits(file, undefined, random, MOVING_EDITS)));
    expect(differences).toEqual([]);
  });
});

if (!existsSync(CORPUS)) announceSkip(`incremental corpus edits: ${CORPUS} is absent (set DFLINT_SHARED to the shared folder)`);
