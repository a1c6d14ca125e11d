import { defineRule } from '@dflint/core/rule-kit';
import { fromParts, variableNames } from '../stages-shared';

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'illumos', 'ios', 'js', 'linux', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'macos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'arm', 'arm64', 'ppc64', 'ppc64le', 'mips', 'mipsle', 'mips64', 'mips64le', 's390x', 'riscv64', 'loong64', 'wasm', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel', 'i386']);

export default defineRule({
  meta: {
    name: 'from-platform-flag',
    description: 'FROM --platform with a fixed value, or one other than $BUILDPLATFORM/$TARGETPLATFORM',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
    aliasesPerFinding: true,
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      const { platform, name } = fromParts(stage.from);
      if (!platform?.value) continue;
      const value = platform.value;
      const variables = variableNames(value, document.escapeChar);
      // hadolint accepts any value that mentions either; $TARGETPLATFORM alone is redundant-target-platform's
      const hadolint = !/BUILDPLATFORM|TARGETPLATFORM/.test(value);
      const constant = variables.length === 0 && !value.includes('$') && isConstantPlatform(value, name?.value.toLowerCase() ?? '');
      if (!hadolint && !constant) continue;
      const message = constant
        ? `FROM --platform=${value} pins the stage to one platform, so the image cannot be built for others: drop it and pass docker build --platform, or use $BUILDPLATFORM`
        : `FROM --platform=${value} chooses the base image's platform in the Dockerfile: drop it (docker build --platform sets it) or use $BUILDPLATFORM / $TARGETPLATFORM`;
      report({ range: platform.range, message, aliases: [...(hadolint ? ['DL3029'] : []), ...(constant ? ['FromPlatformFlagConstDisallowed'] : [])] });
    }
  },
});

/**
 * BuildKit's reportConstPlatformDisallowed: a value containerd parses as a platform, unless the
 * stage name holds its OS or architecture (`AS build_arm64`: a stage meant for one platform).
 */
function isConstantPlatform(value: string, stageName: string): boolean {
  const parts = value.toLowerCase().split('/');
  if (parts.length > 3 || parts.some((part) => !/^[a-z0-9_-]+$/.test(part))) return false;
  let os: string;
  let architecture: string;
  if (parts.length === 1) {
    if (KNOWN_OS.has(parts[0])) [os, architecture] = [parts[0], 'amd64'];
    else if (KNOWN_ARCH.has(parts[0])) [os, architecture] = ['linux', parts[0]];
    else return false;
  } else {
    [os, architecture] = parts;
  }
  return !stageName.includes(os) && !stageName.includes(architecture);
}
