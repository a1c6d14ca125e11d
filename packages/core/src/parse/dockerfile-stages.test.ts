import { parseDockerfile } from './dockerfile';
import type { DockerfileModel, Instruction } from './types';
import { doc, only, rangeText, textAt, values } from './test-dockerfile-helpers';

describe('stages', () => {
  const text = doc(
    'ARG BASE=debian:bookworm',
    'ARG VERSION',
    'FROM --platform=$BUILDPLATFORM ${BASE} AS Builder',
    'RUN make',
    'FROM builder',
    'COPY --from=builder --chmod=755 --link /out /usr/local/bin/',
    'FROM scratch AS final',
  );
  const model = parseDockerfile(text);

  it('collects ARGs before the first FROM as global args', () => {
    expect(model.globalArgs.map((arg) => arg.argsText)).toEqual(['BASE=debian:bookworm', 'VERSION']);
    expect(model.globalArgs.map((arg) => arg.stageIndex)).toEqual([-1, -1]);
    expect(model.problems).toEqual([]);
  });

  it('names stages in lower case and links FROM <stage> case-insensitively', () => {
    expect(model.stages.map((s) => [s.index, s.name, s.base, s.baseStage])).toEqual([
      [0, 'builder', '${BASE}', undefined],
      [1, undefined, 'builder', 0],
      [2, 'final', 'scratch', undefined],
    ]);
    expect(model.stages[0].instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN']);
    expect(model.stages[1].from).toBe(model.stages[1].instructions[0]);
    expect(model.instructions.map((i) => i.stageIndex)).toEqual([-1, -1, 0, 0, 1, 1, 2]);
  });

  it('reads FROM --platform and COPY flags', () => {
    const from = model.stages[0].from;
    expect(from.flags.map((f) => [f.name, f.value, textAt(text, f.range)])).toEqual([
      ['platform', '$BUILDPLATFORM', '--platform=$BUILDPLATFORM'],
    ]);
    expect(values(from)).toEqual(['${BASE}', 'AS', 'Builder']);
    const copy = model.stages[1].instructions[1];
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([['from', 'builder'], ['chmod', '755'], ['link', null]]);
    expect(values(copy)).toEqual(['/out', '/usr/local/bin/']);
    expect(copy.argsText).toBe('/out /usr/local/bin/');
  });

  it('reads RUN flags', () => {
    const run = parseDockerfile(doc('FROM x', 'RUN --mount=type=cache,target=/root/.cache --network=none pip install flask')).instructions[1];
    expect(run.flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/root/.cache'], ['network', 'none']]);
    expect(run.scripts[0]).toEqual({ text: 'pip install flask', origin: { line: 1, character: 58 }, kind: 'shell-form' });
  });
});

describe('shells', () => {
  const shellOf = (model: DockerfileModel, keyword: string, nth = 0) => only(model, keyword)[nth].shell;

  it('defaults to /bin/sh -c, and to cmd /S /C on Windows bases', () => {
    const model = parseDockerfile(
      doc('FROM debian', 'RUN a', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'RUN b', 'FROM mcr.microsoft.com/powershell:lts-windowsservercore-ltsc2022', 'CMD c'),
    );
    expect(shellOf(model, 'RUN')).toEqual({ argv: ['/bin/sh', '-c'], kind: 'posix' });
    expect(shellOf(model, 'RUN', 1)).toEqual({ argv: ['cmd', '/S', '/C'], kind: 'cmd' });
    expect(shellOf(model, 'CMD')).toEqual({ argv: ['cmd', '/S', '/C'], kind: 'cmd' });
    expect(only(model, 'RUN')[1].scripts).toEqual([]);
  });

  it('resolves a Windows base through a global ARG default', () => {
    const model = parseDockerfile(doc('ARG WIN=mcr.microsoft.com/windows/servercore:ltsc2022', 'FROM ${WIN}', 'RUN dir'));
    expect(shellOf(model, 'RUN')?.kind).toBe('cmd');
  });

  it('follows SHELL, and inherits it through FROM <stage>', () => {
    const model = parseDockerfile(
      doc(
        'FROM debian AS base',
        'RUN before',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'RUN after',
        'FROM base',
        'HEALTHCHECK CMD curl -f http://localhost/',
        'SHELL ["pwsh", "-Command"]',
        'RUN Get-ChildItem',
        'FROM debian',
        'ENTRYPOINT run',
      ),
    );
    expect(shellOf(model, 'RUN')?.argv).toEqual(['/bin/sh', '-c']);
    expect(shellOf(model, 'RUN', 1)).toEqual({ argv: ['/bin/bash', '-o', 'pipefail', '-c'], kind: 'posix' });
    expect(shellOf(model, 'HEALTHCHECK')?.argv).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(shellOf(model, 'RUN', 2)).toEqual({ argv: ['pwsh', '-Command'], kind: 'powershell' });
    expect(only(model, 'RUN')[2].scripts).toEqual([]);
    expect(shellOf(model, 'ENTRYPOINT')?.argv).toEqual(['/bin/sh', '-c']);
  });

  it('follows a Windows base through FROM <stage>', () => {
    const model = parseDockerfile(doc('FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win', 'FROM win', 'RUN dir'));
    expect(shellOf(model, 'RUN')?.kind).toBe('cmd');
  });

  it.each([
    ['["/bin/bash", "-c"]', 'posix'],
    ['["busybox", "sh", "-c"]', 'posix'],
    ['["zsh", "-c"]', 'posix'],
    ['["powershell.exe", "-Command"]', 'powershell'],
    ['["C:\\\\Windows\\\\System32\\\\cmd.exe", "/S", "/C"]', 'cmd'],
    ['["/usr/bin/fish", "-c"]', 'unknown'],
  ])('classifies SHELL %s as %s', (shell, kind) => {
    const model = parseDockerfile(doc('FROM x', `SHELL ${shell}`, 'RUN a'));
    expect(shellOf(model, 'RUN')?.kind).toBe(kind);
    expect(only(model, 'RUN')[0].scripts.length).toBe(kind === 'posix' ? 1 : 0);
  });
});

describe('ONBUILD', () => {
  it('parses the trigger like any instruction, in document coordinates', () => {
    const text = doc('FROM x', 'ONBUILD RUN --mount=type=cache,target=/c apt-get update \\', '  && apt-get install -y curl');
    const onbuild = parseDockerfile(text).instructions[1];
    expect(onbuild.keyword).toBe('ONBUILD');
    expect(onbuild.scripts).toEqual([]);
    const trigger = onbuild.trigger as Instruction;
    expect(trigger.keyword).toBe('RUN');
    expect(textAt(text, trigger.keywordRange)).toBe('RUN');
    expect(rangeText(trigger.range)).toBe('1:8-2:28');
    expect(trigger.flags.map((f) => [f.name, f.value])).toEqual([['mount', 'type=cache,target=/c']]);
    expect(trigger.stageIndex).toBe(0);
    expect(trigger.scripts).toEqual([
      { text: 'apt-get update \\\n  && apt-get install -y curl', origin: { line: 1, character: 41 }, kind: 'shell-form' },
    ]);
  });

  it('reports triggers Docker refuses', () => {
    const model = parseDockerfile(doc('FROM x', 'ONBUILD FROM y', 'ONBUILD'));
    expect(model.problems.map((p) => p.message)).toEqual([
      "FROM isn't allowed as an ONBUILD trigger",
      'ONBUILD requires at least one argument',
    ]);
  });
});
