import { analyzeDockerfile } from '../analyze/analyze';
import { defineRule, type Rule } from '../engine/rule';
import { parseDocument } from './document';
import { isShellParserReady } from './shell';

// jest gives each test file its own module registry, so the parser starts unloaded here
const runs: Rule = defineRule<Record<never, never>>({
  meta: { name: 'reads-runs', description: 'reads every RUN script', category: 'correctness', severity: 'info', fixable: false, aliases: [] },
  check({ document, report }) {
    for (const instruction of document.instructions.flatMap((each) => [each, each.trigger ?? []].flat())) {
      for (const script of document.shellScripts(instruction)) report({ range: instruction.range, message: `${script.commands.length} commands` });
    }
  },
});
const lint = (text: string) => analyzeDockerfile({ text, rules: [runs], settings: {} });

test('a Dockerfile without a shell script is analysed without loading tree-sitter', async () => {
  const analysis = await lint('FROM alpine:3.20\nCOPY . /app\nRUN ["/bin/true"]\nCMD ["app"]\n');
  expect(analysis.findings).toEqual([]);
  expect(isShellParserReady()).toBe(false);
  await parseDocument('FROM alpine\nENV A=1\n');
  expect(isShellParserReady()).toBe(false);
});

// the first test to load it is the ONBUILD one: a rule reading a script the parser cannot parse fails as an internal-error finding
test.each([
  ['an ONBUILD RUN (the only script)', 'FROM alpine\nONBUILD RUN a && b\n'],
  ['a shell-form RUN', 'FROM alpine\nRUN a && b\n'],
])('%s loads it before the rules read the scripts', async (_what, text) => {
  const analysis = await lint(text);
  expect(analysis.findings.map((finding) => finding.message)).toEqual(['2 commands']);
  expect(isShellParserReady()).toBe(true);
});
