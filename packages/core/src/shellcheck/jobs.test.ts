import { parseDocumentSync } from '../parse/document';
import { shellcheckJobs } from './jobs';
import { commentRange } from './positions';

const jobs = (text: string) => shellcheckJobs(parseDocumentSync(text)).map((job) => `${job.instruction.range.start.line + 1}:${job.dialect}:${job.text.split('\n')[0]}`);

test('the dialect: sh by default, SHELL, FROM <stage>, a `# hadolint shell=` comment, a heredoc shebang', () => {
  const text = [
    'FROM a AS base',
    'RUN echo',
    'SHELL ["/bin/bash", "-c"]',
    'RUN echo',
    '# hadolint shell=ksh',
    'RUN echo',
    'FROM base',
    'RUN echo',
    'FROM b',
    'RUN <<EOF',
    '#!/bin/bash',
    'echo',
    'EOF',
    'SHELL ["/bin/dash", "-c"]',
    'RUN echo',
    'SHELL ["zsh", "-c"]',
    'RUN echo',
    '',
  ].join('\n');
  expect(jobs(text)).toEqual(['2:sh:echo', '4:bash:echo', '6:ksh:echo', '8:ksh:echo', '10:bash:#!/bin/bash', '15:dash:echo']);
});

test('a `# hadolint shell=` comment before the first FROM is every stage’s default; pwsh is not checked', () => {
  expect(jobs('# hadolint shell=bash\nFROM a\nRUN echo\nFROM b\nRUN echo\n')).toEqual(['3:bash:echo', '5:bash:echo']);
  expect(jobs('# hadolint shell=pwsh\nFROM a\nRUN echo\n')).toEqual([]);
});

test('known variables: the ones the script names (or nearly), from ARG and ENV of its stage and its base; ENV only in ONBUILD', () => {
  const text = 'ARG global\nFROM a AS base\nENV from_base=1\nFROM base\nARG tag\nENV HOME_DIR=/h other=2\nRUN echo $tag $from_base $global $HOME_DIRS\nONBUILD RUN echo $tag $other $http_proxy\n';
  expect(jobs(text)).toEqual(['7:sh:export tag=1 HOME_DIR=1 from_base=1', '8:sh:export http_proxy=1 https_proxy=1 ftp_proxy=1 other=1']);
});

test('a comment maps back through the preamble, the origin column, code points and tabs', () => {
  const [job] = shellcheckJobs(parseDocumentSync('FROM a\nARG v\nRUN echo "😀" $v \\\n\t&& echo $w\n'));
  expect(job.preambleLines).toBe(1);
  const at = (line: number, column: number, endColumn: number) => commentRange(job, { code: 2086, level: 'info', message: 'm', line, column, endLine: line, endColumn });
  // script line 1 (after the preamble) is the RUN line from column 4: `echo "😀" $v` — `$v` is code point 10, UTF-16 offset 10
  expect(at(2, 10, 12)).toEqual({ start: { line: 2, character: 14 }, end: { line: 2, character: 16 } });
  expect(at(3, 10, 12)).toEqual({ start: { line: 3, character: 9 }, end: { line: 3, character: 11 } });
  expect(at(1, 1, 2)).toBeUndefined();
});

describe("an editor's next version reuses the jobs of the stages an edit did not touch", () => {
  const TEXT = ['FROM a AS base', 'ARG VERSION', 'RUN echo $VERSION', 'FROM base AS two', 'RUN echo $VERSON', 'FROM c', 'RUN echo three', ''].join('\n');
  const reparsed = (before: string, after: string) => {
    const previous = parseDocumentSync(before, {});
    const kept = shellcheckJobs(previous);
    return { kept, now: shellcheckJobs(parseDocumentSync(after, { previous })), fresh: shellcheckJobs(parseDocumentSync(after)) };
  };
  const shown = (list: readonly { instruction: { range: { start: { line: number } } }; dialect: string; key: string }[]) => list.map((job) => `${job.instruction.range.start.line}:${job.dialect}:${job.key}`);

  test('an edit in the last stage: the stages above keep their jobs (the same objects); all as a fresh parse gives them', () => {
    const { kept, now, fresh } = reparsed(TEXT, TEXT.replace('echo three', 'echo 3'));
    expect(now[0]).toBe(kept[0]);
    expect(now[1]).toBe(kept[1]);
    expect(now[2]).not.toBe(kept[2]);
    expect(shown(now)).toEqual(shown(fresh));
  });

  test('an edit of a stage the next builds on works out both again: its ARG is what the next one knows', () => {
    const { kept, now, fresh } = reparsed(TEXT, TEXT.replace('ARG VERSION', 'ARG VERSON'));
    expect(now[1]).not.toBe(kept[1]);
    expect(now[1].text).toContain('VERSON=1');
    expect(shown(now)).toEqual(shown(fresh));
  });

  test('a line inserted above stages moves their jobs: the same checks, of the instructions now, as a fresh parse gives them', () => {
    const withTrigger = `${TEXT}ONBUILD RUN echo $VERSION later\n`;
    const { kept, now, fresh } = reparsed(withTrigger, withTrigger.replace('FROM base AS two', '\nFROM base AS two'));
    expect(shown(now)).toEqual(shown(fresh));
    expect(now[0]).toBe(kept[0]);
    for (let at = 1; at < now.length; at++) {
      expect(now[at]).not.toBe(kept[at]);
      expect(now[at].text).toBe(kept[at].text);
      expect(now[at].instruction.range.start.line).toBe(kept[at].instruction.range.start.line + 1);
      // the script of the instruction now: positions come from it
      expect(now[at].instruction.scripts).toContain(now[at].source);
      expect(now[at].source.origin).toEqual(fresh[at].source.origin);
    }
  });

  test('a moved stage takes its checks from the jobs before, without working them out again', () => {
    const previous = parseDocumentSync(TEXT, {});
    const kept = shellcheckJobs(previous);
    // a mark no working out would give: only a job taken from the one before carries it
    Object.assign(kept[2], { key: 'taken from before' });
    const now = shellcheckJobs(parseDocumentSync(TEXT.replace('FROM c', '\nFROM c'), { previous }));
    expect(now[2].key).toBe('taken from before');
    expect(now[2].instruction.range.start.line).toBe(kept[2].instruction.range.start.line + 1);
  });

  test('a moved stage whose chain also changed, or under a `# hadolint shell=` comment that moved, is worked out again', () => {
    const { now, fresh } = reparsed(TEXT, TEXT.replace('FROM base AS two', '\nFROM base AS two').replace('ARG VERSION', 'ARG VERSON'));
    expect(now[1].text).toContain('VERSON=1');
    expect(shown(now)).toEqual(shown(fresh));
    const withPragma = TEXT.replace('RUN echo three', '# hadolint shell=bash\nRUN echo three');
    const moved = reparsed(withPragma, withPragma.replace('FROM base AS two', '\nFROM base AS two'));
    expect(shown(moved.now)).toEqual(shown(moved.fresh));
    expect(moved.now.map((job) => job.dialect)).toEqual(['sh', 'sh', 'bash']);
  });

  test('a `# hadolint shell=` comment changed works out every stage again: no instruction changed', () => {
    const withPragma = TEXT.replace('RUN echo $VERSION', '# hadolint shell=ksh\nRUN echo $VERSION');
    const { now, fresh } = reparsed(withPragma, withPragma.replace('shell=ksh', 'shell=bash'));
    expect(shown(now)).toEqual(shown(fresh));
    expect(now.map((job) => job.dialect)).toEqual(['bash', 'bash', 'sh']);
  });
});
