import { parseDocument } from '../parse/document';
import { packageCommand } from './classify';
import { unansweredPrompt } from './prompts';

/** `subcommand option after-word` of the prompt a one-command RUN leaves unanswered, or undefined. */
async function prompt(line: string): Promise<string | undefined> {
  const doc = await parseDocument(`FROM busybox\nRUN ${line}\n`);
  const run = doc.stages[0].instructions.find((instruction) => instruction.keyword === 'RUN')!;
  const command = doc.shellScripts(run)[0].commands[0];
  const found = packageCommand(command)!;
  const unanswered = unansweredPrompt(found, command.argv[0]);
  return unanswered && `${unanswered.subcommand} ${unanswered.option} ${unanswered.insertAfter?.value}`;
}

describe('package-manager commands that ask for confirmation', () => {
  test.each([
    ['apt-get install curl', 'install -y install'],
    ['apt-get -q install curl', 'install -y install'],
    ['apt-get --quiet install curl', 'install -y install'],
    ['apt-get purge x', 'purge -y purge'],
    ['yum install httpd', 'install -y install'],
    ['yum groupinstall "Development Tools"', 'groupinstall -y groupinstall'],
    ['dnf group install x', 'group install -y install'],
    ['microdnf install x', 'install -y install'],
    ['dnf5 upgrade', 'upgrade -y upgrade'],
    ['zypper install x', 'install -n zypper'],
    ['zypper --root /mnt rm x', 'rm -n zypper'],
  ])('%s asks: %s', async (line, expected) => {
    expect(await prompt(line)).toBe(expected);
  });

  test.each([
    'apt-get install -y curl',
    'apt-get -yq install curl',
    'apt-get --yes install curl',
    'apt-get --assume-yes install curl',
    'apt-get install -qq curl',
    'apt-get install -q -q curl',
    'apt-get install --quiet --quiet curl',
    'apt-get install -q=2 curl',
    'apt-get install --quiet=2 curl',
    'apt-get -o APT::Get::Assume-Yes=true install curl',
    'apt-get update',
    'apt-get install -s postgresql-16-jit',
    'apt-get --dry-run purge x',
    'dnf --assumeno upgrade',
    'apt-get clean',
    'apt install curl',
    'yum install -y httpd',
    'yum --assumeyes install httpd',
    'yum makecache',
    'dnf group list',
    'dnf module enable nodejs:18',
    'zypper -n install x',
    'zypper --non-interactive install x',
    'zypper install -y x',
    'zypper install --no-confirm x',
    'zypper refresh',
    'apk add curl',
  ])('%s does not ask, or has its answer', async (line) => {
    expect(await prompt(line)).toBeUndefined();
  });
});
