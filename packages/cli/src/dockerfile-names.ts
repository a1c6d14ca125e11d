// Which file names a directory search takes for Dockerfiles. The pre-commit hook's `files` and
// `exclude` (.pre-commit-hooks.yaml) say the same in regex form; a test checks they agree.

/**
 * Without -f, docker and BuildKit build `Dockerfile` or `dockerfile`, podman and buildah
 * `Containerfile`/`containerfile` (then `Dockerfile`/`dockerfile`); the other forms are the names
 * projects give their other Dockerfiles. Matched in any case, as a name like `DockerFile` is one too.
 */
const BASE_NAMES = ['Dockerfile', 'Containerfile'];
const NAME_FORMS = (base: string) => [base, `${base}.*`, `${base}-*`, `${base}_*`, `*.${base}`];

export const DOCKERFILE_PATTERNS = BASE_NAMES.flatMap(NAME_FORMS).map((name) => `**/${name}`);

/**
 * Extensions that make `Dockerfile.<ext>` (or `dockerfile-parser.<ext>`) something else: BuildKit's
 * per-Dockerfile ignore files, docs, scripts and source code, data and config, backups and patch
 * leftovers. Templates (`.j2`, `.template`, `.in`) are kept. Named explicitly, any file is linted.
 */
export const NOT_DOCKERFILE_EXTENSIONS = [
  'dockerignore', 'containerignore',
  'md', 'markdown', 'rst', 'txt', 'adoc', 'html',
  'sh', 'bash', 'zsh', 'ps1', 'bat', 'cmd', 'py', 'rb', 'pl', 'php', 'lua',
  'js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'jsx', 'tsx', 'go', 'rs', 'java', 'kt', 'scala', 'c', 'h', 'cc', 'cpp', 'cs', 'swift',
  'json', 'yml', 'yaml', 'toml', 'xml', 'ini', 'cfg', 'csv', 'lock', 'snap',
  'orig', 'rej', 'bak', 'swp', 'tmp', 'patch', 'diff', 'log',
];

/** Never walked into. */
export const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/** What a directory search leaves out: the extensions above, editor backups (`Dockerfile~`), skipped folders. */
export const NOT_DOCKERFILES = [`**/*.{${NOT_DOCKERFILE_EXTENSIONS.join(',')}}`, '**/*~', ...SKIPPED_FOLDERS];

/** For --help. */
export const DOCKERFILE_NAMES_HELP =
  `${NAME_FORMS('Dockerfile').join(', ')} and the same for Containerfile, in any case, ` +
  'but not *.md, *.txt, *.sh, *.js, *.json, *.yaml, *.bak and other docs, code, data or backup extensions; node_modules and .git are skipped';
