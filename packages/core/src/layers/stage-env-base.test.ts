import { parseDocument } from '../parse/document';
import type { Instruction } from '../parse/types';
import { stageEnvironments, stageEnvironmentsOver, type BaseEnvironment, type StepEnvironment } from './stage-env';

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\napp:x:1000:1000::/srv/app:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';
const GOLANG: BaseEnvironment = { env: ['PATH=/go/bin:/usr/local/go/bin:/usr/bin:/bin', 'GOPATH=/go', 'EMPTY='], workingDir: '/go', passwd: PASSWD };

/** The environment before the first instruction whose text starts with `prefix`, stage 0 over `base`. */
async function environmentsOver(text: string, base: BaseEnvironment): Promise<(prefix: string) => StepEnvironment> {
  const doc = await parseDocument(text);
  const environments = stageEnvironmentsOver(doc, new Map([[0, base]]));
  const lines = doc.text.split('\n');
  return (prefix) => environments.get(doc.instructions.find((i: Instruction) => lines[i.range.start.line].startsWith(prefix))!)!;
}

describe('stageEnvironmentsOver: a resolved base image seeds the environment', () => {
  test("the base's ENV and WORKDIR are known to the first instruction", async () => {
    const before = await environmentsOver('FROM golang\nRUN go install x\n', GOLANG);
    expect(before('RUN').env).toEqual(new Map([['PATH', '/go/bin:/usr/local/go/bin:/usr/bin:/bin'], ['GOPATH', '/go'], ['EMPTY', '']]));
    expect(before('RUN').workdir).toBe('/go');
    expect(before('RUN').user).toBe('root');
  });

  test("the Dockerfile's ENV and WORKDIR override the base's, and later values see it", async () => {
    const before = await environmentsOver('FROM golang\nENV GOPATH=/gopath BIN=$GOPATH/bin\nWORKDIR src\nRUN a\n', GOLANG);
    expect(before('RUN').env.get('GOPATH')).toBe('/gopath');
    // every pair of one ENV sees the values from before it: the base's GOPATH
    expect(before('RUN').env.get('BIN')).toBe('/go/bin');
    expect(before('RUN').workdir).toBe('/go/src');
  });

  test("an ENV from the base hides an ARG of the same name, as Docker's ENV does", async () => {
    const before = await environmentsOver('FROM golang\nARG GOPATH=/elsewhere\nRUN a\n', GOLANG);
    expect(before('RUN').env.get('GOPATH')).toBe('/go');
  });

  test("HOME comes from the base's /etc/passwd (by name or uid); an unlisted user keeps today's guess", async () => {
    const before = await environmentsOver('FROM golang\nUSER app\nRUN a\nUSER 65534:65534\nRUN b\nUSER builder\nRUN c\nUSER root\nRUN d\n', GOLANG);
    expect([before('RUN a').home, before('RUN b').home, before('RUN c').home, before('RUN d').home]).toEqual(['/srv/app', '/nonexistent', '/home/builder', '/root']);
  });

  test("the base's USER is the user until a USER instruction", async () => {
    const before = await environmentsOver('FROM node\nRUN a\n', { env: [], user: 'app', passwd: PASSWD });
    expect(before('RUN')).toMatchObject({ user: 'app', home: '/srv/app' });
  });

  test('FROM <stage> inherits the seeded environment; a stage from another image does not', async () => {
    const before = await environmentsOver('FROM golang AS build\nRUN a\nFROM build\nRUN b\nFROM debian\nRUN c\n', GOLANG);
    expect(before('RUN b').env.get('GOPATH')).toBe('/go');
    expect(before('RUN b').workdir).toBe('/go');
    expect(before('RUN c').env.get('GOPATH')).toBeUndefined();
  });

  test('with no base environment the answer is the per-document one', async () => {
    const doc = await parseDocument('FROM busybox\nRUN a\n');
    expect(stageEnvironmentsOver(doc, new Map())).toBe(stageEnvironments(doc));
  });
});
