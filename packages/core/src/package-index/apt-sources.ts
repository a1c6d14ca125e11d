// The apt repositories an image is configured with, from its sources files (kept by the layer
// index as text files): one-line `sources.list` and deb822 `.sources` (Debian bookworm's default).

/** One `deb` repository suite: `http://deb.debian.org/debian bookworm [main]`. */
export interface AptSource {
  uri: string;
  /** `bookworm`, or a flat repository's path (`./`, ending in `/`, with no components) */
  suite: string;
  components: string[];
  /** `[arch=amd64,arm64]` / `Architectures:`: only these, when given */
  architectures?: string[];
  /** a keyring path or inline key, as written (signatures are not checked) */
  signedBy?: string;
  /** the file that declared it (`etc/apt/sources.list.d/debian.sources`) */
  file: string;
}

const SOURCES_LIST = 'etc/apt/sources.list';
const SOURCES_DIR = 'etc/apt/sources.list.d/';

/** True for the paths apt reads sources from (the layer index keeps these files). */
export function isAptSourcesFile(path: string): boolean {
  if (path === SOURCES_LIST) return true;
  if (!path.startsWith(SOURCES_DIR)) return false;
  const name = path.slice(SOURCES_DIR.length);
  return !name.includes('/') && /^[\w.-]+\.(list|sources)$/.test(name);
}

/**
 * The `deb` sources of an image's text files, in apt's order: sources.list, then sources.list.d
 * in name order. `deb-src` and `Enabled: no` entries are left out.
 */
export function aptSources(textFiles: Readonly<Record<string, string>>): AptSource[] {
  const paths = Object.keys(textFiles)
    .filter(isAptSourcesFile)
    .sort((a, b) => (a === SOURCES_LIST ? -1 : b === SOURCES_LIST ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return paths.flatMap((path) => (path.endsWith('.sources') ? parseDeb822Sources(textFiles[path], path) : parseOneLineSources(textFiles[path], path)));
}

/** `deb [arch=amd64 signed-by=/k.gpg] http://deb.debian.org/debian bookworm main contrib` lines. */
export function parseOneLineSources(text: string, file: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const match = /^(deb|deb-src)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)((?:\s+\S+)*)$/.exec(line);
    if (!match || match[1] !== 'deb') continue;
    const options = Object.fromEntries((match[2] ?? '').trim().split(/\s+/).filter(Boolean).map((option) => option.split('=', 2) as [string, string | undefined]));
    sources.push(source(match[3], match[4], match[5].trim().split(/\s+/).filter(Boolean), options.arch?.split(','), options['signed-by'], file));
  }
  return sources;
}

/** deb822 stanzas (`Types: deb`, `URIs:`, `Suites:`, `Components:`): one source per URI and suite. */
export function parseDeb822Sources(text: string, file: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const stanza of deb822Stanzas(text)) {
    const words = (field: string) => (stanza.get(field) ?? '').split(/\s+/).filter(Boolean);
    if (!words('types').includes('deb') || /^(no|false|0)$/i.test(stanza.get('enabled') ?? '')) continue;
    const architectures = stanza.has('architectures') ? words('architectures') : undefined;
    const signedBy = stanza.get('signed-by');
    for (const uri of words('uris')) for (const suite of words('suites')) sources.push(source(uri, suite, words('components'), architectures, signedBy, file));
  }
  return sources;
}

/** The stanzas of a deb822 file, field names lower-cased, continuation lines joined; `#` lines are comments. */
export function deb822Stanzas(text: string): Array<Map<string, string>> {
  const stanzas: Array<Map<string, string>> = [];
  let stanza = new Map<string, string>();
  let field: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (stanza.size > 0) stanzas.push(stanza);
      stanza = new Map();
      field = undefined;
    } else if (/^\s/.test(line)) {
      if (field !== undefined) stanza.set(field, `${stanza.get(field)}\n${line.trim()}`.trim());
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      field = line.slice(0, colon).trim().toLowerCase();
      stanza.set(field, line.slice(colon + 1).trim());
    }
  }
  if (stanza.size > 0) stanzas.push(stanza);
  return stanzas;
}

function source(uri: string, suite: string, components: string[], architectures: string[] | undefined, signedBy: string | undefined, file: string): AptSource {
  return {
    uri: uri.replace(/\/+$/, ''),
    suite,
    components: suite.endsWith('/') ? [] : components,
    ...(architectures && architectures.length > 0 ? { architectures } : {}),
    ...(signedBy ? { signedBy } : {}),
    file,
  };
}
