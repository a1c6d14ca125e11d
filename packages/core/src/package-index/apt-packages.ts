import type { AptPackage, AptRelation } from './apt-types';
import { AptIndexError } from './apt-release';

const RELATIONS = new Set(['<<', '<=', '=', '>=', '>>']);
const MULTI_ARCH = new Set(['same', 'foreign', 'allowed', 'no']);

/**
 * Parses a `Packages` index as it streams (text chunks, split anywhere), keeping only the fields
 * AptPackage has. A stanza without Package, Version or Architecture, or with a non-numeric size,
 * is a one-line AptIndexError naming it.
 */
export async function parsePackages(chunks: AsyncIterable<string | Uint8Array>, name = 'Packages'): Promise<AptPackage[]> {
  const packages: AptPackage[] = [];
  let rest = '';
  let fields = new Map<string, string>();
  let line = 0;
  let field: string | undefined;
  const end = () => {
    if (fields.size > 0) packages.push(stanzaPackage(fields, name, line));
    fields = new Map();
    field = undefined;
  };
  /** one line, rest[from, to): only kept fields' text is sliced (Description's many lines are not) */
  const take = (text: string, from: number, to: number) => {
    line++;
    if (to > from && text.charCodeAt(to - 1) === 0x0d) to--;
    if (to === from) return end();
    const first = text.charCodeAt(from);
    if (first === 0x20 || first === 0x09) {
      // continuation: only Description and the like have them, and none is kept; a kept field's is joined
      if (field !== undefined && fields.has(field)) fields.set(field, `${fields.get(field)} ${text.slice(from, to).trim()}`);
      return;
    }
    const colon = text.indexOf(':', from);
    if (colon <= from || colon >= to) throw new AptIndexError(`${name}: malformed line ${line}: "${text.slice(from, Math.min(to, from + 80))}"`);
    field = text.slice(from, colon);
    if (KEPT.has(field)) fields.set(field, text.slice(colon + 1, to).trim());
  };
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let newline = rest.indexOf('\n'); newline >= 0; newline = rest.indexOf('\n', start)) {
      take(rest, start, newline);
      start = newline + 1;
    }
    rest = rest.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') take(rest, 0, rest.length);
  end();
  return packages;
}

const KEPT = new Set(['Package', 'Version', 'Architecture', 'Installed-Size', 'Size', 'Depends', 'Pre-Depends', 'Recommends', 'Provides', 'Essential', 'Multi-Arch']);

function stanzaPackage(fields: Map<string, string>, name: string, line: number): AptPackage {
  const packageName = fields.get('Package');
  const version = fields.get('Version');
  const architecture = fields.get('Architecture');
  const where = `${name}: the stanza ending at line ${line}${packageName ? ` (${packageName})` : ''}`;
  if (!packageName || !version || !architecture) throw new AptIndexError(`${where} has no ${!packageName ? 'Package' : !version ? 'Version' : 'Architecture'}`);
  const number = (field: string) => {
    const text = fields.get(field);
    if (text === undefined) return 0;
    if (!/^\d+$/.test(text)) throw new AptIndexError(`${where} has a malformed ${field} "${text.slice(0, 40)}"`);
    return Number(text);
  };
  const multiArch = fields.get('Multi-Arch');
  return {
    name: packageName,
    version,
    architecture,
    installedSize: number('Installed-Size') * 1024,
    debSize: number('Size'),
    depends: relations(fields.get('Depends'), where),
    preDepends: relations(fields.get('Pre-Depends'), where),
    recommends: relations(fields.get('Recommends'), where),
    provides: (fields.get('Provides') ?? '')
      .split(',')
      .filter((item) => item.trim() !== '')
      .map((item) => {
        const [relation] = parseRelation(item, where);
        return relation.version !== undefined ? { name: relation.name, version: relation.version } : { name: relation.name };
      }),
    essential: fields.get('Essential') === 'yes',
    ...(multiArch && MULTI_ARCH.has(multiArch) ? { multiArch: multiArch as AptPackage['multiArch'] } : {}),
  };
}

/** `libc6 (>= 2.34), gpgv | gpgv2, python3:any` → groups of alternatives. */
export function relations(text: string | undefined, where = 'a relation field'): AptRelation[][] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((group) => group.split('|').map((item) => parseRelation(item, where)[0]));
}

function parseRelation(item: string, where: string): [AptRelation] {
  const match = /^\s*([a-z0-9][a-z0-9+.-]*)(?::([a-z0-9-]+))?\s*(?:\(\s*(<<|<=|=|>=|>>|<|>)\s*([^)\s]+)\s*\))?\s*(?:\[[^\]]*\])?\s*(?:<[^>]*>\s*)*$/i.exec(item);
  if (!match) throw new AptIndexError(`${where} has a malformed relation "${item.trim().slice(0, 60)}"`);
  const [, name, arch, rawRelation, version] = match;
  // `<` and `>` are dpkg's obsolete spellings of `<=` and `>=`
  const relation = rawRelation === '<' ? '<=' : rawRelation === '>' ? '>=' : rawRelation;
  return [
    {
      name,
      ...(relation && RELATIONS.has(relation) ? { relation: relation as AptRelation['relation'], version } : {}),
      ...(arch ? { arch } : {}),
    },
  ];
}
