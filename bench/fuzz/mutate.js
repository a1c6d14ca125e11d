'use strict';
// Mutations of a corpus Dockerfile. Each works on the file's bytes as a latin1 string (one char per
// byte), so invalid UTF-8, NUL bytes and split characters survive; text is inserted as UTF-8.
const { readFileSync } = require('node:fs');
const { randomFor } = require('./random');

const utf8 = (text) => Buffer.from(text, 'utf8').toString('latin1');
const BOM = utf8('\ufeff');

/** Line starts (after \n, \r\n or a lone \r) of a latin1 string, 0 first. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

function insertAt(text, at, piece) {
  return text.slice(0, at) + piece + text.slice(at);
}

/** Inserts `line` (with a \n) at the start of a random line, after the first one when there is one. */
function insertLine(text, random, line) {
  const starts = lineStarts(text);
  const at = starts.length > 1 ? starts[1 + random.int(starts.length - 1)] : text.length;
  const before = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r' ? '\n' : '';
  return insertAt(text, at, `${before}${utf8(line)}\n`);
}

const NESTING = {
  if: (n) => `RUN ${'if true; then '.repeat(n)}echo x${'; fi'.repeat(n)}`,
  substitution: (n) => `RUN echo ${'$('.repeat(n)}echo x${')'.repeat(n)}`,
  parameter: (n) => `RUN echo ${'${B:-'.repeat(n)}x${'}'.repeat(n)}`,
  env: (n) => `ENV A=${'${B:-'.repeat(n)}${'}'.repeat(n)}\nCOPY a /a`,
  subshell: (n) => `RUN ${'( '.repeat(n)}true${' )'.repeat(n)}`,
  braces: (n) => `RUN ${'{ '.repeat(n)}true; ${'}; '.repeat(n)}`,
  continuation: (n) => `RUN echo a${' \\\n  && echo b'.repeat(n)}`,
  unclosed: (n) => `RUN ${'$( ( { if x; then `'.repeat(n)}`,
  backticks: (n) => `RUN echo ${'"$(echo \''.repeat(n)}`,
};

const COMMENT_SHAPES = [
  '\v# comment\t', '\f# x', '# x \\', 'RUN echo a\\ ', '  # indented', '\\ ', '#', '\t\v\f', ' \\',
  '# dflint-ignore consecutive-run', '# hadolint ignore=DL3059', 'RUN \\\n    # inside\n    echo y', 'RUN echo a \\\n\n\v# c\t\nRUN echo b',
];

const DOCKER_SHAPES = [
  'COPY [a, /x/', 'COPY ["a", ', 'COPY [a-, /x/', 'RUN <<EOF', 'RUN <<EOF\necho hi\nEOF', 'ONBUILD ONBUILD RUN x', '# escape=`', 'ENV', 'ARG',
  'FROM', 'FROM scratch AS', 'COPY --from= . .', 'RUN ["sh", "-c"', 'HEALTHCHECK CMD', 'SHELL ["powershell", "-c"]', 'MAINTAINER', 'LABEL "a',
  'ENV a "b', 'ADD http:// /', 'RUN apt-get update', 'RUN apt-get install -y curl', 'RUN pip install x', 'RUN chmod 755 /x', 'RUN rm -rf /x',
  'COPY a /x', 'MAINTAINER someone <a@b.c>', 'LABEL a=1', 'ENV B=2', 'RUN set -e; cd /x', 'RUN apk add curl', 'RUN npm install',
  'COPY x.tar.gz /tmp/\nRUN tar -xzf /tmp/x.tar.gz -C /opt && rm /tmp/x.tar.gz', 'ARG VERSION=1\nARG BUILD_DATE', 'RUN --mount=type=cache,target=/root/.cache pip install x',
];

const MUTATIONS = {
  byteFlip(text, random) {
    const chars = text.split('');
    for (let n = random.skewed(8); n > 0 && chars.length; n--) chars[random.int(chars.length)] = String.fromCharCode(random.int(256));
    return chars.join('');
  },
  splice(text, random, { other }) {
    const a = lineStarts(text);
    const b = lineStarts(other);
    return text.slice(0, random.pick(a)) + other.slice(random.pick(b));
  },
  truncate(text, random) {
    return text.slice(0, random.int(text.length + 1));
  },
  lineEndings(text, random) {
    const lines = text.split(/\r\n|\r|\n/);
    const mode = random.pick(['crlf', 'cr', 'mixed', 'cr-before-lf']);
    if (mode === 'cr-before-lf') return text.replace(/\n/g, () => (random.chance(0.3) ? '\r\n' : '\n'));
    const eol = () => (mode === 'crlf' ? '\r\n' : mode === 'cr' ? '\r' : random.pick(['\n', '\r\n', '\r']));
    return lines.map((line, i) => (i < lines.length - 1 ? line + eol() : line)).join('');
  },
  bom(text, random) {
    if (random.chance(0.5)) return BOM + text;
    const starts = lineStarts(text);
    return insertAt(random.chance(0.5) ? BOM + text : text, random.pick(starts), BOM);
  },
  deepNesting(text, random) {
    const kind = random.pick(Object.keys(NESTING));
    return insertLine(text, random, NESTING[kind](random.skewed(3000)));
  },
  longLine(text, random) {
    // long enough to show a quadratic step, short enough for 20,000 files (the hostile files go further)
    const length = random.skewed(20_000);
    const shape = random.pick(['word', 'chain', 'pipeline', 'spaces']);
    if (shape === 'word') return insertLine(text, random, `RUN echo ${'a'.repeat(length)}`);
    if (shape === 'spaces') return insertLine(text, random, `RUN echo${' '.repeat(length)}x`);
    const stages = Math.ceil(length / 10);
    return insertLine(text, random, shape === 'chain' ? `RUN true${' && echo x'.repeat(stages)}` : `RUN mkdir /a && chmod 755 /a && x${' | y'.repeat(stages)}`);
  },
  nulBytes(text, random) {
    let out = text;
    for (let n = random.skewed(5); n > 0; n--) out = insertAt(out, random.int(out.length + 1), '\0');
    return out;
  },
  invalidUtf8(text, random) {
    let out = text;
    for (let n = random.skewed(5); n > 0; n--) {
      out = insertAt(out, random.int(out.length + 1), random.pick(['\xC3\x28', '\xFF', '\xED\xA0\x80', '\xF0\x28\x8C\x28', '\xC0\xAF', '\xE2\x82', '\xFE\xFF']));
    }
    return out;
  },
  commentShapes(text, random) {
    return insertLine(text, random, random.pick(COMMENT_SHAPES));
  },
  dockerShapes(text, random) {
    return insertLine(text, random, random.pick(DOCKER_SHAPES));
  },
  lines(text, random) {
    const starts = lineStarts(text);
    const lines = starts.map((start, i) => text.slice(start, i + 1 < starts.length ? starts[i + 1] : text.length));
    const a = random.int(lines.length);
    const b = random.int(lines.length);
    const op = random.pick(['swap', 'duplicate', 'delete']);
    if (op === 'swap') [lines[a], lines[b]] = [lines[b], lines[a]];
    else if (op === 'duplicate') lines.splice(b, 0, ...lines.slice(Math.min(a, b), Math.max(a, b) + 1));
    else lines.splice(a, 1);
    return lines.join('');
  },
};

const NAMES = Object.keys(MUTATIONS);
const cache = new Map();
const read = (file) => {
  if (!cache.has(file)) cache.set(file, readFileSync(file).toString('latin1'));
  return cache.get(file);
};

/** Mutant `index` of run `seed`: its bytes, the corpus file it starts from and the mutations applied. */
function mutant(seed, index, files) {
  const random = randomFor(seed, index);
  const source = random.pick(files);
  let text = read(source);
  const mutations = [];
  for (let n = random.skewed(3); n > 0; n--) {
    const name = random.pick(NAMES);
    text = MUTATIONS[name](text, random, { other: read(random.pick(files)) });
    mutations.push(name);
  }
  return { source, mutations, bytes: Buffer.from(text, 'latin1') };
}

module.exports = { mutant, MUTATIONS };
