import { analyzeDockerfile } from '@dflint/core';
import fromPlatformFlag from './from-platform-flag/rule';
import unpinnedBaseImage from './unpinned-base-image/rule';
import syntaxError from './syntax-error/rule';

// each finding carries only the codes that apply to it (issue 17): `--disable DL3029` or
// `# check=skip=FromPlatformFlagConstDisallowed` then act on those findings alone
test.each([
  // BuildKit docs, from-platform-flag-const-disallowed.md, "Bad": both codes
  ['FROM --platform=linux/amd64 alpine AS base', ['DL3029', 'FromPlatformFlagConstDisallowed']],
  // the same page's "Good: used in a multi-stage build with a target architecture": BuildKit is silent, hadolint is not
  ['FROM --platform=linux/arm64 alpine AS build_arm64', ['DL3029']],
  ['FROM --platform=$TARGETARCH alpine', ['DL3029']],
  ['FROM --platform=linux alpine', ['DL3029', 'FromPlatformFlagConstDisallowed']],
])('%s → %j', async (from, codes) => {
  const { findings } = await analyzeDockerfile({ text: `${from}\n`, rules: [fromPlatformFlag] });
  expect(findings.map((finding) => finding.aliases)).toEqual([codes]);
});

test('DL3006 and DL3007 are separate codes of unpinned-base-image', async () => {
  const { findings } = await analyzeDockerfile({ text: 'FROM debian\nFROM debian:latest\n', rules: [unpinnedBaseImage] });
  expect(findings.map((finding) => finding.aliases)).toEqual([['DL3006'], ['DL3007']]);
});

test('syntax-error: an instruction before FROM is DL3061, an unknown instruction DL1000', async () => {
  const { findings } = await analyzeDockerfile({ text: 'LABEL a=b\nFROM debian:12\nRUNN x\n', rules: [syntaxError] });
  expect(findings.map((finding) => [finding.range.start.line + 1, finding.aliases])).toEqual([
    [1, ['DL3061']],
    [3, ['DL1000']],
  ]);
});
