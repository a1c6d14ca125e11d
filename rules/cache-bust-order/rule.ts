import { defineStageRule, joinWords, linesPhrase, readInstall, stageEnvironments, type Install, type Instruction, type ParsedDocument, type Range } from '@dflint/core/rule-kit';
import { firstBarrier, planFix } from './move-install';
import { isBroadCopy } from './context-copies';

export default defineStageRule({
  meta: {
    name: 'cache-bust-order',
    description: 'source copied (COPY . .) before a dependency install that only needs the manifests: every edit re-runs the install',
    category: 'build-cache',
    severity: 'warning',
    fixable: 'unsafe',
    aliases: [],
  },
  checkStage({ document, stage, report, mentionLine }) {
    if (!stage) return;
    const steps = stage.instructions;
    // every RUN after the stage's first broad COPY is held against that COPY
    const broadAt = steps.findIndex(isBroadCopy);
    if (broadAt < 0) return;
    const movableUntil = firstBarrier(steps, broadAt);
    let fetched: Install[] | undefined;
    steps.forEach((run, index) => {
      if (run.keyword !== 'RUN' || index < broadAt) return;
      const earlier = (fetched ??= steps.slice(0, broadAt).flatMap((step) => (step.keyword === 'RUN' ? installsOf(document, step) : [])));
      // `poetry install --no-root` before the source and `poetry install` after it is the pattern this rule asks for
      const installs = installsOf(document, run).filter((install) => !install.needsSource || !earlier.some((each) => sameManifests(each, install)));
      if (installs.length === 0) return;
      const copy = steps[broadAt];
      report({
        range: copy.range,
        message: message(document, copy, installs, mentionLine),
        related: installs.map(({ command }) => ({ range: command.range, message: `re-runs whenever the COPY at line ${mentionLine(copy.range)} brings in a change` })),
        fix: () => planFix({ document, steps, broadAt, runAt: index, movableUntil, environment: stageEnvironments(document).get(run) }),
      });
    });
  },
});

function sameManifests(a: Install, b: Install): boolean {
  return a.requires.join() === b.requires.join();
}

function installsOf(document: ParsedDocument, run: Instruction): Install[] {
  return document.shellScripts(run).flatMap((script) => script.commands.flatMap((command) => readInstall(command) ?? []));
}

function message(document: ParsedDocument, copy: Instruction, installs: Install[], mentionLine: (range: Range) => string): string {
  const lines = [...new Set(installs.map(({ command }) => mentionLine(command.range)))];
  const commands = installs.map(({ command }) => `\`${shortCommand(document, command.range)}\``).join(', ');
  const manifests = joinWords([...new Set(installs.flatMap((install) => install.manifests))]);
  const plural = installs.length > 1;
  const what = `${plural ? 'dependency installs' : 'the dependency install'} at ${linesPhrase(lines)} (${commands})`;
  const needs = installs.every((install) => install.needsSource)
    ? `whose dependencies come from ${manifests}: every source edit downloads them again; copy those first and fetch the dependencies before this COPY`
    : `which ${plural ? 'need' : 'needs'} only ${manifests}: every source edit re-runs ${plural ? 'them' : 'the install'}; copy those first and install before this COPY`;
  return `\`${copy.keyword} ${copy.argsText.trim()}\` at line ${mentionLine(copy.range)} copies source before ${what}, ${needs}`;
}

/** The command as written on one line, cut after a few words. */
function shortCommand(document: ParsedDocument, range: Range): string {
  const words = document.lines.textIn(range).split(/\s+/).filter((word) => word !== document.escapeChar);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')} …` : words.join(' ');
}
