import type { Effect } from '../types';
import { effectsOf, type EffectWithoutRange } from './test-fixtures';

/** `cache-write <dir>`, `delete <path>`, `unknown-write` — enough to see what a line leaves. */
function outline(effects: EffectWithoutRange[]): string[] {
  return effects.map((effect) => {
    const full = effect as Effect;
    switch (full.kind) {
      case 'cache-write':
        return `cache-write ${full.dir}`;
      case 'delete':
        return `delete ${full.path}`;
      case 'unknown-write':
        return full.path ? `unknown-write ${full.path}` : 'unknown-write';
      default:
        return full.kind;
    }
  });
}

async function outlineOf(line: string, env: Record<string, string> = {}, workdir = '/app'): Promise<string[]> {
  return outline(await effectsOf(`RUN ${line}`, { env: new Map(Object.entries(env)), workdir }));
}

describe('OS package managers', () => {
  test.each([
    ['apt-get update', ['cache-write /var/lib/apt/lists']],
    ['apt update', ['cache-write /var/lib/apt/lists']],
    ['apt-get -o Acquire::Retries=3 install -y curl', ['unknown-write']],
    ['apt-get install --download-only curl', ['cache-write /var/cache/apt/archives']],
    ['apt-get clean', ['delete /var/cache/apt/archives/*', 'delete /var/cache/apt/*.bin']],
    ['apt-get dist-clean', ['delete /var/cache/apt/archives/*', 'delete /var/cache/apt/*.bin', 'delete /var/lib/apt/lists/*']],
    ['apt-get purge -y curl', ['unknown-write']],
    ['apt-cache policy curl', []],
    ['apk add curl', ['cache-write /var/cache/apk', 'unknown-write']],
    ['apk add --no-cache curl', ['unknown-write']],
    ['apk add --no-network /tmp/pkgs/*.apk', ['unknown-write']],
    ['apk update', ['cache-write /var/cache/apk']],
    ['apk add --virtual .build-deps gcc', ['cache-write /var/cache/apk', 'unknown-write']],
    ['apk cache clean', ['delete /var/cache/apk/*']],
    ['yum install -y httpd', ['cache-write /var/cache/yum', 'unknown-write']],
    ['yum clean all', ['delete /var/cache/yum/*']],
    ['dnf -y install git', ['cache-write /var/cache/dnf', 'unknown-write']],
    ['dnf makecache', ['cache-write /var/cache/dnf']],
    ['dnf clean all', ['delete /var/cache/dnf/*']],
    ['microdnf install -y tar', ['cache-write /var/cache/yum', 'unknown-write']],
    ['zypper -n in curl', ['cache-write /var/cache/zypp', 'unknown-write']],
    ['zypper --non-interactive refresh', ['cache-write /var/cache/zypp']],
    ['zypper clean -a', ['delete /var/cache/zypp/*']],
    ['zypper cc --all', ['delete /var/cache/zypp/*']],
    ['aptitude update', ['cache-write /var/lib/apt/lists']],
    ['aptitude -y safe-upgrade', ['unknown-write']],
    ['dnf5 makecache', ['cache-write /var/cache/libdnf5']],
    ['dnf --setopt cachedir=/dc install x', ['cache-write /dc', 'unknown-write']],
  ])('%s', async (line, expected) => {
    expect(await outlineOf(line)).toEqual(expected);
  });

  test('the cache-write names the manager, what it is and a cleanup', async () => {
    expect(await effectsOf('RUN apk add git')).toContainEqual(
      expect.objectContaining({
        kind: 'cache-write',
        command: 'apk',
        manager: 'apk',
        cache: 'index',
        action: 'install',
        what: 'apk package index cache',
        cleanup: [
          { kind: 'flag', flag: '--no-cache', with: 'apk add' },
          { kind: 'append', command: 'rm -rf /var/cache/apk/*' },
        ],
        bytes: { value: 0, estimate: 'unknown' },
      }),
    );
  });

  test('sudo apt-get works like apt-get', async () => {
    expect(await outlineOf('sudo apt-get update')).toEqual(['cache-write /var/lib/apt/lists']);
  });
});

describe('Python', () => {
  test.each([
    ['pip install flask', {}, ['cache-write /root/.cache/pip', 'unknown-write']],
    ['pip install --no-cache-dir flask', {}, ['unknown-write']],
    ['pip3 install -r requirements.txt', { PIP_NO_CACHE_DIR: '1' }, ['unknown-write']],
    ['pip3.12 install x', { PIP_NO_CACHE_DIR: '' }, ['cache-write /root/.cache/pip', 'unknown-write']],
    ['python3 -m pip install -U pip', {}, ['cache-write /root/.cache/pip', 'unknown-write']],
    ['python -m pip install --no-cache-dir x', {}, ['unknown-write']],
    ['pip install --cache-dir /tmp/pc x', {}, ['cache-write /tmp/pc', 'unknown-write']],
    ['pip install x', { PIP_CACHE_DIR: '/pc' }, ['cache-write /pc', 'unknown-write']],
    ['pip install x', { XDG_CACHE_HOME: '/xdg' }, ['cache-write /xdg/pip', 'unknown-write']],
    ['pip download -d /wheels x', {}, ['cache-write /root/.cache/pip', 'unknown-write /wheels']],
    ['pip cache purge', {}, ['delete /root/.cache/pip']],
    ['pip freeze', {}, []],
    ['uv pip install --system x', {}, ['cache-write /root/.cache/uv', 'unknown-write']],
    ['uv sync --frozen', {}, ['cache-write /root/.cache/uv', 'unknown-write']],
    ['uv sync --no-cache', {}, ['unknown-write']],
    ['uv sync', { UV_NO_CACHE: '1' }, ['unknown-write']],
    ['uv cache clean', {}, ['delete /root/.cache/uv']],
    ['poetry install --no-root', {}, ['cache-write /root/.cache/pypoetry', 'unknown-write']],
    ['poetry install', { POETRY_CACHE_DIR: '/pc' }, ['cache-write /pc', 'unknown-write']],
    ['python3 -m venv /venv', {}, ['unknown-write /venv']],
    ['python3 setup.py install', {}, ['unknown-write']],
  ])('%s %j', async (line, env, expected) => {
    expect(await outlineOf(line, env)).toEqual(expected);
  });
});

describe('JavaScript', () => {
  test.each([
    ['npm ci', {}, ['cache-write /root/.npm', 'unknown-write /app/node_modules']],
    ['npm install -g pnpm', {}, ['cache-write /root/.npm', 'unknown-write']],
    ['npm i --cache /tmp/npm', {}, ['cache-write /tmp/npm', 'unknown-write /app/node_modules']],
    ['npm ci', { npm_config_cache: '/nc' }, ['cache-write /nc', 'unknown-write /app/node_modules']],
    ['npm cache clean --force', {}, ['delete /root/.npm']],
    ['npm run build', {}, ['unknown-write /app']],
    ['npm ls', {}, []],
    ['yarn', {}, ['cache-write /usr/local/share/.cache/yarn', 'unknown-write']],
    ['yarn install --frozen-lockfile', {}, ['cache-write /usr/local/share/.cache/yarn', 'unknown-write']],
    ['yarn add left-pad', { YARN_CACHE_FOLDER: '/yc' }, ['cache-write /yc', 'unknown-write']],
    ['yarn cache clean', {}, ['delete /usr/local/share/.cache/yarn']],
    ['yarn build', {}, ['unknown-write /app']],
    ['pnpm install --frozen-lockfile', {}, ['cache-write /root/.local/share/pnpm/store', 'unknown-write']],
    ['pnpm install --store-dir /s', {}, ['cache-write /s', 'unknown-write']],
  ])('%s %j', async (line, env, expected) => {
    expect(await outlineOf(line, env)).toEqual(expected);
  });

  test('yarn outside root caches under ~/.cache/yarn', async () => {
    const effects = await effectsOf('RUN yarn install', { home: '/home/node' });
    expect(outline(effects)).toEqual(['cache-write /home/node/.cache/yarn', 'unknown-write']);
  });
});

describe('Go, Ruby, PHP, Rust, Java', () => {
  test.each([
    ['go build -o /bin/app ./cmd/app', {}, ['cache-write /root/go/pkg/mod', 'cache-write /root/.cache/go-build', 'unknown-write /app']],
    ['go mod download', { GOPATH: '/go' }, ['cache-write /go/pkg/mod']],
    ['go install example.com/tool@latest', { GOPATH: '/go', GOCACHE: '/gc' }, ['cache-write /go/pkg/mod', 'cache-write /gc', 'unknown-write /go/bin']],
    ['go clean -cache -modcache', { GOMODCACHE: '/mc' }, ['delete /root/.cache/go-build', 'delete /mc']],
    ['go version', {}, []],
    ['gem install bundler', {}, ['unknown-write']],
    ['gem install rails', { GEM_HOME: '/usr/local/bundle' }, ['cache-write /usr/local/bundle/cache', 'unknown-write']],
    ['bundle install --jobs 4', {}, ['cache-write /usr/local/bundle/cache', 'unknown-write']],
    ['bundle install', { BUNDLE_PATH: '/gems' }, ['cache-write /gems/cache', 'unknown-write']],
    ['composer install --no-dev', {}, ['cache-write /root/.composer/cache', 'unknown-write']],
    ['composer install', { COMPOSER_HOME: '/tmp' }, ['cache-write /tmp/cache', 'unknown-write']],
    ['composer install --no-cache', {}, ['unknown-write']],
    ['composer clear-cache', { COMPOSER_CACHE_DIR: '/cc' }, ['delete /cc']],
    ['cargo build --release', {}, ['cache-write /root/.cargo/registry', 'cache-write /root/.cargo/git', 'unknown-write /app']],
    ['cargo install ripgrep', { CARGO_HOME: '/usr/local/cargo' }, ['cache-write /usr/local/cargo/registry', 'cache-write /usr/local/cargo/git', 'unknown-write /usr/local/cargo/bin']],
    ['mvn -B -q package -DskipTests', {}, ['cache-write /root/.m2/repository', 'unknown-write /app']],
    ['mvn -Dmaven.repo.local=/m2 dependency:go-offline', {}, ['cache-write /m2', 'unknown-write /app']],
    ['mvn clean', {}, []],
    ['./mvnw --version', {}, []],
    ['gradle build --no-daemon', {}, ['cache-write /root/.gradle/caches', 'unknown-write /app']],
    ['./gradlew build', { GRADLE_USER_HOME: '/gh' }, ['cache-write /gh/caches', 'cache-write /gh/wrapper', 'unknown-write /app']],
  ])('%s %j', async (line, env, expected) => {
    expect(await outlineOf(line, env)).toEqual(expected);
  });
});
