import { analyzeDockerfile } from '@dflint/core';
import secretInArgEnv from './rule';

// each finding carries the codes whose name list matched: hadolint's DL3064, BuildKit's SecretsUsedInArgOrEnv, or both
test.each([
  ['ARG GITHUB_TOKEN', [['DL3064', 'SecretsUsedInArgOrEnv']]],
  ['ARG SESSION_KEY', [['SecretsUsedInArgOrEnv']]],
  ['ARG my_private_cert', [['DL3064']]],
  ['ENV DB_PASSWORD=x SESSION_KEY=y', [['DL3064', 'SecretsUsedInArgOrEnv'], ['SecretsUsedInArgOrEnv']]],
  ['ONBUILD ARG DB_PASSWORD', [['DL3064']]],
  ['ARG VERSION', []],
])('%s → %j', async (line, codes) => {
  const { findings } = await analyzeDockerfile({ text: `FROM alpine\n${line}\n`, rules: [secretInArgEnv] });
  expect(findings.map((finding) => finding.aliases)).toEqual(codes);
});

test('switching DL3064 off leaves the findings BuildKit would report', async () => {
  const text = 'FROM alpine\nARG GITHUB_TOKEN\nARG SESSION_KEY\nARG my_private_cert\n';
  const { findings } = await analyzeDockerfile({ text, rules: [secretInArgEnv], settings: { DL3064: { severity: 'off' } } });
  expect(findings.map((finding) => finding.range.start.line + 1)).toEqual([3]);
});
