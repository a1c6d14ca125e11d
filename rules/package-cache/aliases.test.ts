import { analyzeDockerfile } from '@dflint/core';
import packageCache from './rule';

// issue 14 item 9: each finding is the hadolint code of its package manager, not all seven
test.each([
  ['RUN apt-get update && apt-get install -y curl', ['DL3009']],
  ['RUN apk add curl', ['DL3019']],
  ['RUN yum install -y curl', ['DL3032']],
  ['RUN zypper install -y curl', ['DL3036']],
  ['RUN dnf install -y curl', ['DL3040']],
  ['RUN microdnf install -y curl', ['DL3040']],
  ['RUN pip install flask', ['DL3042']],
  ['RUN yarn install', ['DL3060']],
  ['RUN npm install', []],
])('%s → %j', async (run, codes) => {
  const { findings } = await analyzeDockerfile({ text: `FROM debian:12\n${run}\n`, rules: [packageCache] });
  expect(findings.map((finding) => finding.aliases)).toEqual([codes]);
});
