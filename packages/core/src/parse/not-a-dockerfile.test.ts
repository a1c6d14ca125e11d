import { parseDockerfile } from './dockerfile';
import { doc, rangeText } from './test-dockerfile-helpers';

const described = (text: string) => parseDockerfile(text).problems.map((p) => [rangeText(p.range), p.message]);

describe('a file that is not a Dockerfile', () => {
  it('a README says so once, at line 1, even with a Dockerfile in a code block', () => {
    const readme = doc('# myapp', '', 'Build it with Docker:', '', '```dockerfile', 'FROM node:20', 'RUN npm ci', '```', '', 'Then run `docker run myapp`.', 'See the docs for more.');
    expect(described(readme)).toEqual([['0:0-0:7', 'this does not look like a Dockerfile: 5 of its 7 lines start with no Dockerfile instruction (3:1 reads "Build it with Docker:")']]);
  });

  it('a shell script says so', () => {
    const script = doc('#!/bin/sh', 'set -eu', 'cd "$(dirname "$0")"', 'docker build -t app .', 'echo done');
    expect(described(script)).toEqual([['0:0-0:9', 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (2:1 reads "set -eu")']]);
  });

  it('with no instruction, as many foreign lines as near misses is enough ("Build" is two edits from ONBUILD)', () => {
    expect(described(doc('Build it with:', '', '    docker build -t myapp .'))).toEqual([
      ['0:0-0:14', 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (1:1 reads "Build it with:")'],
    ]);
  });

  it('JSON and YAML say so, with a long first line cut short', () => {
    expect(described(doc('{', '  "name": "x"', '}'))).toEqual([['0:0-0:1', 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (1:1 reads "{")']]);
    const yaml = doc('services:', '  web:', '    image: nginx # a comment long enough to be cut in the message');
    expect(described(yaml)).toEqual([['0:0-0:9', 'this does not look like a Dockerfile: no line starts with a Dockerfile instruction (1:1 reads "services:")']]);
    expect(described('description: a long first line that goes on and on and on\n')[0][1]).toContain('(1:1 reads "description: a long first line that goe…")');
  });

  it('a Dockerfile with typos or a stray line is still read as one, with a problem per line', () => {
    expect(described(doc('RUNN apk add', 'COPYY . /app'))).toEqual([
      ['0:0-0:4', 'unknown instruction: RUNN (did you mean RUN?)'],
      ['1:0-1:5', 'unknown instruction: COPYY (did you mean COPY?)'],
      ['0:0-0:4', 'there is no FROM: the Dockerfile has no build stage'],
    ]);
    expect(described(doc('FROM alpine', 'apk add curl', 'RUN true'))).toEqual([['1:0-1:3', 'unknown instruction: apk']]);
    expect(described(doc('FROM alpine', 'apk add curl', 'make', 'echo hi'))).toEqual([
      ['1:0-1:3', 'unknown instruction: apk'],
      ['2:0-2:4', 'unknown instruction: make'],
      ['3:0-3:4', 'unknown instruction: echo'],
    ]);
  });
});
