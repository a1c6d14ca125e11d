import { parseDocument } from '../parse/document';
import type { ShellCommand } from '../parse/shell-types';
import { classifyPackageCall, cleanupText, goOperands, managerNamed, packageCommand, PACKAGE_MANAGERS, type Cleanup } from './index';

async function commandOf(line: string): Promise<ShellCommand> {
  const doc = await parseDocument(`FROM busybox\nRUN ${line}\n`);
  const run = doc.stages[0].instructions.find((instruction) => instruction.keyword === 'RUN')!;
  return doc.shellScripts(run)[0].commands[0];
}

/** `manager action subcommand` for a line, or undefined when no manager runs it. */
async function read(line: string, throughWrappers = false): Promise<string | undefined> {
  const found = packageCommand(await commandOf(line), { throughWrappers });
  return found && [found.manager.name, found.action ?? '-', found.subcommand ?? '-'].join(' ');
}

describe('what each manager\'s subcommands do', () => {
  test.each([
    ['apt-get update', 'apt refresh update'],
    ['apt install -y curl', 'apt install install'],
    ['aptitude safe-upgrade', 'apt install safe-upgrade'],
    ['apt-get purge x', 'apt remove purge'],
    ['apt-get dist-clean', 'apt clean dist-clean'],
    ['apt-get source hello', 'apt download source'],
    ['apk update', 'apk refresh update'],
    ['apk add --no-cache curl', 'apk install add'],
    ['apk del curl', 'apk remove del'],
    ['apk cache clean', 'apk clean cache clean'],
    ['dnf makecache', 'dnf refresh makecache'],
    ['yum -y module enable nodejs:18', 'yum install module'],
    ['microdnf erase x', 'microdnf remove erase'],
    ['dnf5 install x', 'dnf5 install install'],
    ['zypper ref', 'zypper refresh ref'],
    ['zypper -n si pkg', 'zypper install si'],
    ['pip install flask', 'pip install install'],
    ['pip3.12 wheel .', 'pip download wheel'],
    ['pip cache purge', 'pip clean cache purge'],
    ['pip freeze', 'pip - freeze'],
    ['uv pip install x', 'uv install pip install'],
    ['uv pip list', 'uv - pip'],
    ['uv lock', 'uv resolve lock'],
    ['uv python install 3.12', 'uv setup python'],
    ['poetry lock', 'poetry resolve lock'],
    ['npm ci', 'npm install ci'],
    ['npm cache clean --force', 'npm clean cache clean'],
    ['npm cache verify', 'npm read cache'],
    ['npm run build', 'npm - run'],
    ['npx cowsay hi', 'npm run -'],
    ['yarn', 'yarn install -'],
    ['yarn dlx create-app', 'yarn run dlx'],
    ['pnpm fetch', 'pnpm download fetch'],
    ['go mod download', 'go download mod download'],
    ['go mod tidy', 'go resolve mod tidy'],
    ['go build ./...', 'go build build'],
    ['go get -u example.com/x', 'go install get'],
    ['gem i bundler', 'gem install i'],
    ['pipx install black', 'pipx install install'],
    ['bundle', 'bundler install -'],
    ['bundle exec rake', 'bundler run exec'],
    ['composer.phar cc', 'composer clean cc'],
    ['cargo b --release', 'cargo build b'],
    ['cargo fetch', 'cargo download fetch'],
    ['dotnet restore', 'dotnet download restore'],
    ['curl -O https://example.com/x', undefined],
  ])('%s', async (line, expected) => {
    expect(await read(line)).toBe(expected);
  });
});

describe('options that take a value are not the subcommand', () => {
  test.each([
    ['apt-get -o Acquire::Retries=3 install -y curl', 'apt install install'],
    ['apt-get -c /etc/apt.conf update', 'apt refresh update'],
    ['aptitude -t bookworm-backports install x', 'apt install install'],
    ['apt --snapshot 20260127T200000Z install x', 'apt install install'],
    ['apk -X https://mirror/alpine add curl', 'apk install add'],
    ['apk --repository https://mirror update', 'apk refresh update'],
    ['dnf --setopt install_weak_deps=False install x', 'dnf install install'],
    ['yum --enablerepo epel makecache', 'yum refresh makecache'],
    ['zypper -R /mnt ref', 'zypper refresh ref'],
    ['zypper --reposd-dir /r in x', 'zypper install in'],
    ['pip --proxy http://proxy:3128 install x', 'pip install install'],
    ['npm --prefix /app ci', 'npm install ci'],
    ['yarn --cwd /app install', 'yarn install install'],
    ['uv --directory /app sync', 'uv install sync'],
  ])('%s', async (line, expected) => {
    expect(await read(line)).toBe(expected);
  });

  test('a flag does not swallow the next word', async () => {
    expect(await read('apt-get -y update')).toBe('apt refresh update');
    expect(await read('apk --no-cache add git')).toBe('apk install add');
  });

  test('gem: -N (--no-document) takes no value, -v does', async () => {
    const found = packageCommand(await commandOf('gem install -N rails -v 7.1 --install-dir /gems puma'));
    expect(found?.operands.map((word) => word.value)).toEqual(['rails', 'puma']);
  });

  test('go: one-dash long flags and their values are not operands', async () => {
    const command = await commandOf('go install -tags netgo -ldflags "-s -w" -trimpath -mod=mod example.com/x@v1 ./cmd');
    expect(goOperands(command.argv.slice(2)).map((word) => word.value)).toEqual(['example.com/x@v1', './cmd']);
  });

  test('the operands after the subcommand are the packages', async () => {
    const found = packageCommand(await commandOf('apt-get install -y -t bookworm curl git'));
    expect(found?.operands.map((word) => word.value)).toEqual(['curl', 'git']);
    expect(found?.subcommandWord?.value).toBe('install');
  });
});

describe('finding the manager', () => {
  test('python -m pip is pip', async () => {
    expect(await read('python3 -m pip install -r requirements.txt')).toBe('pip install install');
    expect(await read('python3 -m venv /venv')).toBeUndefined();
  });

  test('through a wrapper only when asked', async () => {
    expect(await read('sudo -u app pip install x')).toBeUndefined();
    expect(await read('sudo -u app pip install x', true)).toBe('pip install install');
    expect(await read('env UV_NO_CACHE=1 uv sync', true)).toBe('uv install sync');
  });

  test('a call by program name and arguments', async () => {
    const command = await commandOf('apk add curl');
    expect(classifyPackageCall('apk', command.argv.slice(1))?.action).toBe('install');
    expect(classifyPackageCall('tar', command.argv.slice(1))).toBeUndefined();
  });

  test('no program runs two managers', () => {
    const programs = PACKAGE_MANAGERS.flatMap((manager) => manager.commands);
    expect(new Set(programs).size).toBe(programs.length);
  });
});

describe('cleanups as data', () => {
  test.each<[Cleanup, string]>([
    [{ kind: 'append', command: 'apt-get clean' }, 'apt-get clean'],
    [{ kind: 'flag', flag: '--no-cache', with: 'apk add' }, 'apk add --no-cache'],
    [{ kind: 'flag', flag: '--no-cache-dir' }, '--no-cache-dir'],
    [{ kind: 'env', name: 'PIP_NO_CACHE_DIR', value: '1' }, 'PIP_NO_CACHE_DIR=1'],
    [{ kind: 'cache-mount', target: '/root/.m2' }, 'RUN --mount=type=cache,target=/root/.m2'],
    [{ kind: 'cache-mount' }, 'RUN --mount=type=cache'],
  ])('%j reads %s', (cleanup, text) => {
    expect(cleanupText(cleanup)).toBe(text);
  });

  test('each cache says where it is and how to keep it out of the layer', () => {
    expect(managerNamed('apt')?.caches.lists.defaultDir).toBe('/var/lib/apt/lists');
    expect(managerNamed('dnf5')?.caches.metadata.cleanup({ dir: '/var/cache/libdnf5' })).toEqual([
      { kind: 'append', command: 'dnf5 clean all' },
      { kind: 'append', command: 'rm -rf /var/cache/libdnf5' },
    ]);
    expect(managerNamed('cargo')?.caches.git.cleanup({ dir: '/c/git', home: '/c' })).toEqual([
      { kind: 'append', command: 'rm -rf /c/registry /c/git' },
      { kind: 'cache-mount' },
    ]);
    expect(managerNamed('go')?.caches.modules.cleanFlag).toBe('-modcache');
  });

  test('every cache offers at least one cleanup', () => {
    for (const manager of PACKAGE_MANAGERS) {
      for (const [key, cache] of Object.entries(manager.caches)) {
        expect([manager.name, key, cache.cleanup({ dir: '/d', home: '/h' }).length > 0]).toEqual([manager.name, key, true]);
      }
    }
  });
});
