import type { ShellWord } from '../../parse/shell-types';
import { UNKNOWN } from '../bytes';
import type { Effect } from '../types';
import { homeOf, onPath, origin, resolvePath, resolveText, textOf, unknownWrite, type Call } from './call';
import type { Handler } from './handler';
import { parseOptions } from './options';

/** The last path segment of a URL, without query or fragment; '' when it has none. */
export function urlBaseName(url: string): string {
  const withoutQuery = url.replace(/[?#].*$/s, '');
  const path = withoutQuery.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A download to a file whose size is never known. */
function download(call: Call, word: ShellWord, baseDir?: string): Effect[] {
  if (baseDir !== undefined && !word.value.startsWith('/')) {
    const text = textOf(call, word);
    const path = text === undefined ? undefined : resolveText(call, `${baseDir}/${text}`);
    if (path === undefined) return [unknownWrite(call, `${call.name}: the file name \`${word.raw}\` is not known statically`, baseDir)];
    return [{ kind: 'write', ...origin(call), path, bytes: UNKNOWN }];
  }
  return onPath(call, word, (path) => ({ kind: 'write', ...origin(call), path, bytes: UNKNOWN }));
}

/** A download named after its URL (`curl -O`, `wget URL`) into `dir`. */
function downloadByUrl(call: Call, url: ShellWord, dir: string | undefined, fallback?: string): Effect[] {
  const text = textOf(call, url, 'literal');
  const name = text === undefined ? undefined : urlBaseName(text) || fallback;
  const path = dir === undefined || name === undefined ? undefined : resolveText(call, `${dir}/${name}`);
  if (path === undefined) return [unknownWrite(call, `${call.name}: saves \`${url.raw}\` under a name dflint cannot tell`, dir)];
  return [{ kind: 'write', ...origin(call), path, bytes: UNKNOWN }];
}

function directoryOf(call: Call, word: ShellWord | undefined): string | undefined {
  if (!word) return call.state.cwd;
  const resolved = resolvePath(call, word);
  return resolved.ok && !resolved.glob ? resolved.path : undefined;
}

// ---- curl --------------------------------------------------------------------------------------

const CURL_LONG_VALUES = [
  'output', 'output-dir', 'url', 'data', 'data-raw', 'data-binary', 'data-urlencode', 'data-ascii', 'header',
  'user-agent', 'user', 'proxy', 'request', 'write-out', 'max-time', 'connect-timeout', 'retry', 'retry-delay',
  'retry-max-time', 'cacert', 'capath', 'cert', 'key', 'cookie', 'cookie-jar', 'dump-header', 'config', 'range',
  'upload-file', 'referer', 'form', 'form-string', 'continue-at', 'proto', 'proto-redir', 'resolve', 'interface',
  'limit-rate', 'max-filesize', 'max-redirs', 'oauth2-bearer', 'noproxy', 'proxy-user', 'tls-max', 'ciphers',
  'trace', 'trace-ascii', 'stderr', 'speed-limit', 'speed-time', 'time-cond', 'unix-socket', 'netrc-file',
  'dns-servers', 'quote', 'socks5', 'socks5-hostname', 'preproxy', 'variable', 'json', 'etag-save',
  'etag-compare', 'aws-sigv4', 'create-file-mode', 'connect-to', 'local-port', 'pinnedpubkey', 'hostpubmd5',
];

/**
 * curl writes to stdout unless `-o FILE` or `-O` (the URL's name) is given; each `-o`/`-O`
 * takes the next URL in order. `-D`/`-c` save headers and cookies.
 */
function curl(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'bcCdDeEFHKmorTuUwxXyYzAPQt', longValues: CURL_LONG_VALUES });
  const outputDir = args.value('--output-dir');
  const dir = directoryOf(call, outputDir);
  const urls: ShellWord[] = [];
  const outputs: Array<ShellWord | 'remote'> = [];
  for (const item of args.items) {
    if (item.kind === 'operand') urls.push(item.word);
    else if (item.kind === 'value' && item.name === '--url') urls.push(item.word);
    else if (item.kind === 'value' && (item.name === '-o' || item.name === '--output')) outputs.push(item.word);
    else if (item.kind === 'flag' && (item.name === '-O' || item.name === '--remote-name')) outputs.push('remote');
  }
  const remoteAll = args.has('--remote-name-all');
  const effects: Effect[] = [];
  urls.forEach((url, index) => {
    const output = outputs[index] ?? (remoteAll ? 'remote' : undefined);
    if (output === 'remote') effects.push(...downloadByUrl(call, url, dir));
    else if (output && output.value !== '-') effects.push(...download(call, output, outputDir ? dir : undefined));
  });
  for (const name of ['-D', '--dump-header', '-c', '--cookie-jar', '--etag-save']) {
    const word = args.value(name);
    if (word && word.value !== '-') effects.push(...download(call, word));
  }
  return effects;
}

// ---- wget --------------------------------------------------------------------------------------

const WGET_LONG_VALUES = [
  'output-document', 'output-file', 'append-output', 'directory-prefix', 'tries', 'timeout', 'user-agent',
  'execute', 'input-file', 'wait', 'quota', 'base', 'header', 'post-data', 'post-file', 'user', 'password',
  'http-user', 'http-password', 'level', 'accept', 'reject', 'domains', 'exclude-domains',
  'include-directories', 'exclude-directories', 'ca-certificate', 'certificate', 'private-key',
  'load-cookies', 'save-cookies', 'referer', 'limit-rate', 'dns-timeout', 'connect-timeout', 'read-timeout',
  'method', 'body-data', 'proxy-user', 'proxy-password', 'bind-address', 'restrict-file-names',
  'max-redirect', 'ca-directory', 'secure-protocol', 'progress',
];

/**
 * wget saves each URL under its name (index.html for none) in `-P DIR` or the current
 * directory; `-O FILE` puts everything in FILE (`-O -`: stdout). `-o`/`-a` write a log.
 */
function wget(call: Call): Effect[] {
  const args = parseOptions(call.args, { shortValues: 'OoaPtTUeiwQBlARDIXY', longValues: WGET_LONG_VALUES });
  const effects: Effect[] = [];
  const log = args.value('-o', '--output-file');
  if (log) effects.push(...download(call, log));
  const appendLog = args.value('-a', '--append-output');
  if (appendLog) {
    effects.push(...onPath(call, appendLog, (path) => ({ kind: 'copy-up', ...origin(call), path, recursive: false, creates: true, extraBytes: UNKNOWN })));
  }
  const cookies = args.value('--save-cookies');
  if (cookies) effects.push(...download(call, cookies));

  const document = args.value('-O', '--output-document');
  if (document) {
    if (document.value !== '-') effects.push(...download(call, document));
    return effects;
  }
  const dir = directoryOf(call, args.value('-P', '--directory-prefix'));
  if (args.has('-r', '--recursive', '-m', '--mirror', '-x', '--force-directories') || args.value('-i', '--input-file')) {
    return [...effects, unknownWrite(call, 'wget: which files it saves is decided at build time', dir)];
  }
  for (const url of args.operands) effects.push(...downloadByUrl(call, url, dir, 'index.html'));
  return effects;
}

// ---- git ---------------------------------------------------------------------------------------

const GIT_READ_ONLY: ReadonlySet<string> = new Set([
  'status', 'log', 'show', 'diff', 'rev-parse', 'describe', 'ls-files', 'ls-remote', 'version', 'help',
  'grep', 'shortlog', 'blame', 'rev-list', 'cat-file', 'for-each-ref', 'show-ref', 'verify-commit', 'verify-tag',
]);

function git(call: Call): Effect[] {
  let index = 0;
  let dir = call.state.cwd;
  for (; index < call.args.length; index++) {
    const text = call.args[index].value;
    if (text === '-C') {
      dir = underDirectory(call, dir, textOf(call, call.args[++index]));
    } else if (text === '-c' || text === '--git-dir' || text === '--work-tree' || text === '--namespace') {
      index++;
    } else if (!text.startsWith('-')) {
      break;
    }
  }
  const subcommand = call.args[index]?.value;
  const rest = call.args.slice(index + 1);
  if (subcommand === undefined || GIT_READ_ONLY.has(subcommand)) return [];
  if (subcommand === 'clone') return gitClone(call, rest, dir);
  if (subcommand === 'config') return gitConfig(call, rest, dir);
  return [unknownWrite(call, `git ${subcommand}: changes the working tree and .git`, dir)];
}

/** `text` resolved against `base` (not necessarily the current directory). */
function underDirectory(call: Call, base: string | undefined, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (text.startsWith('/')) return resolveText(call, text);
  return base === undefined ? undefined : resolveText(call, `${base}/${text}`);
}

/** The directory `git clone URL` makes: the URL's last segment without `.git`. */
export function cloneDirectoryName(url: string, bare: boolean): string {
  const trimmed = url.replace(/\/+$/, '').replace(/\/\.git$/, '');
  const name = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1).replace(/\.git$/, '');
  return bare ? `${name}.git` : name;
}

function gitClone(call: Call, args: readonly ShellWord[], dir: string | undefined): Effect[] {
  const parsed = parseOptions(args, {
    shortValues: 'bocju',
    longValues: [
      'branch', 'origin', 'config', 'depth', 'reference', 'reference-if-able', 'separate-git-dir', 'jobs', 'filter',
      'shallow-since', 'shallow-exclude', 'template', 'upload-pack', 'server-option', 'bundle-uri', 'ref-format',
    ],
  });
  const [url, target] = parsed.operands;
  if (!url) return [];
  const reason = 'git clone: the repository files';
  const name = target ? textOf(call, target) : textOf(call, url, 'literal');
  if (name === undefined) return [unknownWrite(call, reason, dir)];
  const path = underDirectory(call, dir, target ? name : cloneDirectoryName(name, parsed.has('--bare', '--mirror')));
  return [unknownWrite(call, reason, path)];
}

/** `git config --global` edits ~/.gitconfig, `--system` /etc/gitconfig; reads write nothing. */
function gitConfig(call: Call, args: readonly ShellWord[], dir: string | undefined): Effect[] {
  const texts = args.map((word) => word.value);
  if (texts.some((text) => /^(--get|--get-all|--get-regexp|--list|-l)$/.test(text))) return [];
  const file =
    texts.includes('--global') ? `${homeOf(call)}/.gitconfig`
    : texts.includes('--system') ? '/etc/gitconfig'
    : undefined;
  if (!file) return [unknownWrite(call, 'git config: edits the repository config', dir)];
  return [{ kind: 'copy-up', ...origin(call), path: file, recursive: false, creates: true, extraBytes: UNKNOWN }];
}

export const DOWNLOAD_COMMANDS: Readonly<Record<string, Handler>> = { curl, wget, git };
