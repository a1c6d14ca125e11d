import { parseDocument } from '../parse/document';
import { packageInstall } from './index';

/** `program: managers` for the first command of `RUN line`, or undefined when it installs nothing. */
async function read(line: string): Promise<string | undefined> {
  const doc = await parseDocument(`FROM busybox\nRUN ${line}\n`);
  const run = doc.stages[0].instructions.find((instruction) => instruction.keyword === 'RUN')!;
  const commands = doc.shellScripts(run)[0].commands;
  const found = packageInstall(commands[commands.length - 1]);
  return found && `${found.program}: ${found.managers.join(' ')}`;
}

test.each([
  ['apt-get install -y curl', 'apt-get: apt'],
  ['apk add curl', 'apk: apk'],
  ['xargs -rt apt-get install -y --no-install-recommends < deps.txt', 'apt-get: apt'],
  ["dpkg -l | cut -d' ' -f3 | xargs apt-get install --yes man", 'apt-get: apt'],
  ['xargs -n 1 /usr/bin/apt-get install -y < deps.txt', 'apt-get: apt'],
  ['xx-apt-get --no-install-recommends install -y binutils', 'xx-apt-get: apt'],
  ['xx-apk add gcc', 'xx-apk: apk'],
  ['install_packages curl', 'install_packages: apt'],
  ['rosdep install -y --from-paths src --ignore-src', 'rosdep: apt apk yum dnf microdnf dnf5 zypper'],
  ['/bin/bash /tmp/library-scripts/common-debian.sh "${INSTALL_ZSH}" true', 'common-debian.sh: apt'],
  ['bash -e /tmp/scripts/sshd-debian.sh', 'sshd-debian.sh: apt'],
  ['ash /tmp/library-scripts/common-alpine.sh', 'common-alpine.sh: apk'],
  ['/tmp/library-scripts/docker-debian.sh true', 'docker-debian.sh: apt'],
])('%s installs: %s', async (line, expected) => {
  expect(await read(line)).toBe(expected);
});

test.each([
  'apt-get update',
  'echo apt-get install curl',
  'xargs rm -f apt-get install',
  'xargs -n apt-get install',
  'xargs apt-get update',
  'rosdep update',
  'xx-apt-get update',
  'bash /tmp/build.sh',
  'bash -c "$SCRIPT"',
])('%s installs nothing', async (line) => {
  expect(await read(line)).toBeUndefined();
});
