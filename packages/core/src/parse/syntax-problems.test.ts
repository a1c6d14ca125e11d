import { parseDockerfile } from './dockerfile';
import { doc, textAt } from './test-dockerfile-helpers';

/** [1-based line, the text the problem points at, message], in document order */
function problems(text: string): Array<[number, string, string]> {
  return parseDockerfile(text)
    .problems.map((p): [number, string, string] => [p.range.start.line + 1, textAt(text, p.range), p.message])
    .sort((a, b) => a[0] - b[0]);
}

describe('unknown instructions', () => {
  it('suggests the nearest instruction, in the case it was written', () => {
    expect(problems(doc('FROM alpine', 'RUNN apk add curl', 'form x', 'cd /app'))).toEqual([
      [2, 'RUNN', 'unknown instruction: RUNN (did you mean RUN?)'],
      [3, 'form', 'unknown instruction: form (did you mean FROM?)'],
      [4, 'cd', 'unknown instruction: cd (did you mean CMD?)'],
    ]);
  });

  it('suggests nothing for a word far from any instruction', () => {
    expect(problems(doc('FROM alpine', 'apk add curl', 'set -e'))).toEqual([
      [2, 'apk', 'unknown instruction: apk'],
      [3, 'set', 'unknown instruction: set'],
    ]);
  });

  it('reads a keyword split by a line continuation as BuildKit joins it, and a lone continuation line as nothing', () => {
    expect(problems(doc('FROM alpine', 'RU\\', 'N echo hi', ' \\', 'RUN echo && \\', '  true'))).toEqual([]);
    const model = parseDockerfile(doc('FROM alpine', ' \\', 'RUN echo hi'));
    expect(model.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
  });

  it('cuts a huge keyword short in the message, and suggests nothing for it', () => {
    const word = 'R'.repeat(1_000_000);
    const [message] = parseDockerfile(doc('FROM alpine', `${word} x`)).problems.map((p) => p.message);
    expect(message).toBe(`unknown instruction: ${'R'.repeat(39)}…`);
  });
});

describe('flags', () => {
  it('names an unknown flag and the one meant', () => {
    expect(problems(doc('FROM golang AS build', 'FROM alpine', 'COPY --frm=build /out /out', 'RUN --mount=type=cache,target=/root/.cache --netwrk=none make'))).toEqual([
      [3, '--frm=build', 'unknown flag for COPY: --frm (did you mean --from?)'],
      [4, '--netwrk=none', 'unknown flag for RUN: --netwrk (did you mean --network?)'],
    ]);
  });

  it('lists the flags when none is near, and says so for an instruction that takes none', () => {
    expect(problems(doc('FROM --platform=$BUILDPLATFORM alpine', 'ADD --mode=600 a /a', 'WORKDIR --parents /app'))).toEqual([
      [2, '--mode=600', 'unknown flag for ADD: --mode (it takes --chown, --chmod, --link, --keep-git-dir, --checksum, --unpack, --exclude)'],
      [3, '--parents', 'unknown flag: --parents (WORKDIR takes no flags)'],
    ]);
  });

  it("accepts every flag BuildKit's instructions take", () => {
    const text = doc(
      'FROM --platform=linux/amd64 alpine AS base',
      'RUN --mount=type=secret,id=a --mount=type=cache,target=/c --network=none --security=insecure --device=name=x true',
      'COPY --from=base --chown=1:1 --chmod=644 --link --parents --exclude=*.md --exclude=*.txt a /b/',
      'ADD --chown=1 --chmod=600 --link=false --keep-git-dir=true --checksum=sha256:abc --unpack --exclude=x https://e.com/a.tgz /a',
      'HEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true',
      'ARG --anything-goes=1 A=1',
      'STOPSIGNAL --ignored SIGTERM',
      'HEALTHCHECK --ignored-too NONE',
    );
    expect(problems(text)).toEqual([]);
  });

  it('wants a value on a value flag, true or false on a switch, and a single flag once', () => {
    expect(problems(doc('FROM a AS b', 'FROM a', 'COPY --from b /x /x', 'COPY --link=yes --chown=1 --chown=2 a b', 'ADD --link= a b'))).toEqual([
      [3, '--from', 'flag --from needs a value: --from=<value>'],
      [4, '--link=yes', "flag --link takes true or false, not 'yes'"],
      [4, '--chown=2', 'flag --chown is given twice'],
      [5, '--link=', 'flag --link needs a value: --link=<value>'],
    ]);
  });

  it('cuts a huge flag name short in the message', () => {
    const [message] = parseDockerfile(doc('FROM alpine', `COPY --${'x'.repeat(1_000_000)}=1 a b`)).problems.map((p) => p.message);
    expect(message).toBe(`unknown flag for COPY: --${'x'.repeat(39)}… (it takes --from, --chown, --chmod, --link, --parents, --exclude)`);
  });

  it('checks the flags of an ONBUILD trigger', () => {
    expect(problems(doc('FROM a', 'ONBUILD COPY --form=x a b'))).toEqual([[2, '--form=x', 'unknown flag for COPY: --form (did you mean --from?)']]);
  });
});

describe('arguments', () => {
  it('reports a bare FROM, an empty RUN and a COPY without destination, but not a bare CMD or ENTRYPOINT', () => {
    expect(problems(doc('FROM', 'FROM alpine', 'RUN', 'COPY a', 'ENTRYPOINT', 'CMD'))).toEqual([
      [1, 'FROM', 'FROM requires at least one argument'],
      [3, 'RUN', 'RUN requires at least one argument'],
      [4, 'COPY a', 'COPY requires at least two arguments: a source and a destination'],
    ]);
  });

  it('checks stage names, HEALTHCHECK types, ENV/LABEL pairs and JSON arrays of non-strings', () => {
    const text = doc('FROM a AS 1st', 'HEALTHCHECK NONE now', 'HEALTHCHECK CONNECT x', 'HEALTHCHECK CMD', 'ENV A=1 B', 'LABEL version', 'CMD ["a", 1]', `CMD ["a", 'b']`);
    expect(problems(text)).toEqual([
      [1, '1st', "invalid stage name '1st': it must start with a letter and hold only letters, digits, '-', '_' and '.'"],
      [2, 'now', 'HEALTHCHECK NONE takes no arguments'],
      [3, 'CONNECT', "unknown HEALTHCHECK type 'CONNECT': it must be CMD or NONE"],
      [4, 'CMD', 'HEALTHCHECK CMD needs a command'],
      [5, 'B', "ENV 'B' has no '=': after the first pair each must be name=value"],
      [6, 'version', 'LABEL version has no value: write version=<value>'],
      [7, '["a", 1]', "CMD's JSON array must hold only strings"],
    ]);
  });
});

describe('FROM', () => {
  it('reports the first instruction before the first FROM, once', () => {
    expect(problems(doc('# syntax=docker/dockerfile:1', 'ARG V=1', 'RUN a', 'RUN b', 'FROM x'))).toEqual([[3, 'RUN', 'RUN cannot come before the first FROM; only ARG can']]);
  });

  it('reports a file with no FROM at its first instruction that is not ARG, or its first instruction', () => {
    expect(problems(doc('ARG V=1', 'RUN apk add curl', 'COPY . /app'))).toEqual([[2, 'RUN', 'there is no FROM: a build stage starts with FROM, and only ARG can come before it']]);
    expect(problems(doc('# a comment', 'ARG V=1'))).toEqual([[2, 'ARG', 'there is no FROM: the Dockerfile has no build stage']]);
  });
});
