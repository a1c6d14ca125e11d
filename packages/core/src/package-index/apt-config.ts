// The few apt configuration options issue 16 needs, from an image's etc/apt/apt.conf.d files
// (kept by the layer index as text files): how apt stores its lists (compressed, which index
// compression it prefers, which translations it fetches), and whether `apt-get install` takes
// Recommends.

export interface AptConfig {
  /** `Acquire::GzipIndexes`: lists kept compressed in /var/lib/apt/lists (Docker's debian images set it) */
  gzipIndexes?: boolean;
  /** `Acquire::CompressionTypes::Order:: "gz";`: the compressions apt tries first, in order */
  compressionOrder?: string[];
  /** `Acquire::Languages`: the Translation files apt fetches; `"none"` is [] */
  languages?: string[];
  /** `APT::Install-Recommends` (apt's default is true) */
  installRecommends?: boolean;
}

const CONF_DIR = 'etc/apt/apt.conf.d/';

/** True for the paths apt reads configuration from; apt skips names with other characters (`foo.dpkg-old` too). */
export function isAptConfigFile(path: string): boolean {
  if (path === 'etc/apt/apt.conf') return true;
  if (!path.startsWith(CONF_DIR)) return false;
  const name = path.slice(CONF_DIR.length);
  return /^[\w.-]+$/.test(name) && !/\.(dpkg-\w+|ucf-\w+|disabled|bak|save|orig)$/.test(name);
}

/** The options, apt.conf.d in name order then apt.conf, later settings winning as in apt. */
export function aptConfig(textFiles: Readonly<Record<string, string>>): AptConfig {
  const paths = Object.keys(textFiles)
    .filter(isAptConfigFile)
    .sort((a, b) => (a === 'etc/apt/apt.conf' ? 1 : b === 'etc/apt/apt.conf' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const config: AptConfig = {};
  for (const path of paths) {
    for (const [name, value] of aptConfigOptions(textFiles[path])) {
      if (name === 'acquire::gzipindexes') config.gzipIndexes = isTrue(value);
      else if (name === 'apt::install-recommends') config.installRecommends = isTrue(value);
      else if (name === 'acquire::compressiontypes::order::') config.compressionOrder = [...(config.compressionOrder ?? []), value];
      else if (name === 'acquire::languages') config.languages = value === 'none' ? [] : [value];
      else if (name === 'acquire::languages::') config.languages = value === 'none' ? [] : [...(config.languages ?? []), value];
    }
  }
  return config;
}

/**
 * The `name value` settings of one file, names lower-cased with their scopes (`APT { Install-Recommends
 * "0"; };` is `apt::install-recommends`; a list's items, `Order:: "gz";` or `Order { "gz"; };`, are `order::`): `//`, `#` and `/* *\/` comments, quoted or bare values.
 * `#clear` and `#include` lines are ignored, as comments.
 */
export function aptConfigOptions(text: string): Array<[string, string]> {
  const tokens = text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^\s*#.*$/gm, '')
    .match(/"[^"]*"|[{};]|[^\s{};"]+/g) ?? [];
  const options: Array<[string, string]> = [];
  const scopes: string[] = [];
  let words: string[] = [];
  for (const token of tokens) {
    if (token === '{') {
      scopes.push(words.join(' '));
      words = [];
    } else if (token === '}') {
      scopes.pop();
      words = [];
    } else if (token === ';') {
      if (words.length >= 2) options.push([[...scopes, words[0]].join('::').toLowerCase(), unquote(words.slice(1).join(' '))]);
      // a list item inside a scope (`Languages { "en"; };`) is the scope's `::` entry
      else if (words.length === 1 && scopes.length > 0) options.push([`${scopes.join('::')}::`.toLowerCase(), unquote(words[0])]);
      words = [];
    } else words.push(token);
  }
  return options;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function isTrue(value: string): boolean {
  return /^(1|yes|true|with|on|enable)$/i.test(value.trim());
}
