import { readReadmeExample } from './readme-example';

const fence = '```';

function readme(example: string, fix = 'Merge them.\n'): string {
  return `# some-rule\n\n## What it does\n\nFinds.\n\n## Example\n\n${example}\n## Fix\n\n${fix}\n## Options\n\nNone.\n`;
}

const dockerfile = `${fence}dockerfile\nFROM busybox\nRUN a\nRUN b\n${fence}\n`;
const output = `This rule reports:\n\n${fence}text\n2:1  warning  two RUNs: one layer fewer\n3:5  info  a \`quoted\`  message\n${fence}\n`;

test('reads the Dockerfile and every finding line', () => {
  expect(readReadmeExample(readme(dockerfile + '\n' + output), 'some-rule')).toEqual({
    code: 'FROM busybox\nRUN a\nRUN b\n',
    findings: [
      { line: 2, column: 1, severity: 'warning', message: 'two RUNs: one layer fewer' },
      { line: 3, column: 5, severity: 'info', message: 'a `quoted`  message' },
    ],
    cleanDockerfiles: [],
  });
});

test('reads the build context a mkdir/truncate/echo script makes, and the rule setting of a .dflintrc.json', () => {
  const context = `${fence}sh\nmkdir -p .git/objects\ntruncate -s 2M .git/objects/pack a.bin\ntruncate -s 3080K big.tar\necho '*.env' > .dockerignore\n# done\n${fence}\n`;
  const config = `${fence}json\n{ "rules": { "some-rule": ["error", { "max": 3 }], "other": "off" } }\n${fence}\n`;
  const example = readReadmeExample(readme([dockerfile, context, config, output].join('\n')), 'some-rule');
  expect(example.context).toEqual({ '.git/objects/pack': 2 * 1024 ** 2, 'a.bin': 2 * 1024 ** 2, 'big.tar': 3080 * 1024, '.dockerignore': '*.env\n' });
  expect(example.setting).toEqual({ severity: 'error', options: { max: 3 } });
});

test('the Fix section: the block after "`dflint --fix` writes:" is the output; other complete Dockerfiles must be clean', () => {
  const fix = [
    'Use instead:\n',
    `${fence}dockerfile\nFROM busybox\nRUN a && b\n${fence}\n`,
    'A fragment is not a Dockerfile:\n',
    `${fence}dockerfile\nRUN --mount=type=cache,target=/x a\n${fence}\n`,
    'Unsafe; `dflint --fix --unsafe-fixes` writes this:\n',
    `${fence}dockerfile\nFROM busybox\nRUN a && \\\n    b\n${fence}\n`,
  ].join('\n');
  const example = readReadmeExample(readme(dockerfile + '\n' + output, fix), 'some-rule');
  expect(example.fix).toEqual({ command: 'dflint --fix --unsafe-fixes', output: 'FROM busybox\nRUN a && \\\n    b\n' });
  expect(example.cleanDockerfiles).toEqual(['FROM busybox\nRUN a && b\n']);
});

test.each([
  ['no output block', dockerfile, /expected dockerfile, then optionally sh and json, then text/],
  ['blocks out of order', output + '\n' + dockerfile, /holds blocks \[text dockerfile\]/],
  ['a finding line in another shape', dockerfile + `${fence}text\n2:1 warning two RUNs\n${fence}\n`, /not a "line:column {2}severity {2}message" line: 2:1 warning two RUNs/],
  ['a context script running anything else', dockerfile + `${fence}sh\necho hi >> a\n${fence}\n` + output, /takes only "mkdir -p DIR…", "truncate -s SIZE FILE…" and "echo 'TEXT' > FILE": echo hi >> a/],
  ['an empty directory in the context', dockerfile + `${fence}sh\nmkdir -p empty\n${fence}\n` + output, /leaves empty directories.*: empty/],
  ['a config without this rule', dockerfile + `${fence}json\n{ "rules": { "other": "error" } }\n${fence}\n` + output, /sets no severity for some-rule/],
])('refuses an Example with %s', (_name, example, error) => {
  expect(() => readReadmeExample(readme(example), 'some-rule')).toThrow(error);
});
