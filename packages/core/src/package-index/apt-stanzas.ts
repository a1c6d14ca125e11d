// A small reader of `Packages` text (deb822 stanzas) into AptPackage records: what the install closure's
// tests and bench need, synchronously; relation fields are read by the index reader's `relations`.

import { relations } from './apt-packages';
import type { AptPackage } from './apt-types';

/** The fields of each stanza of deb822 text (continuation lines joined with a newline). */
export function parseStanzas(text: string): Array<Map<string, string>> {
  const stanzas: Array<Map<string, string>> = [];
  let fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (fields.size) stanzas.push(fields);
      fields = new Map();
      last = undefined;
    } else if (line.startsWith('#')) {
      continue;
    } else if ((line[0] === ' ' || line[0] === '\t') && last) {
      fields.set(last, `${fields.get(last)}\n${line.trim()}`);
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon);
      fields.set(last, line.slice(colon + 1).trim());
    }
  }
  if (fields.size) stanzas.push(fields);
  return stanzas;
}

const MULTI_ARCH = new Set(['same', 'foreign', 'allowed', 'no']);

/** The packages of a `Packages` file; stanzas without Package, Version or Architecture are skipped. */
export function parseAptPackages(text: string): AptPackage[] {
  const packages: AptPackage[] = [];
  for (const fields of parseStanzas(text)) {
    const name = fields.get('Package');
    const version = fields.get('Version');
    const architecture = fields.get('Architecture');
    if (!name || !version || !architecture) continue;
    const pkg: AptPackage = {
      name,
      version,
      architecture,
      // a missing field is NaN, not 0: the closure lists such packages as unsized instead of counting 0 bytes
      installedSize: Number(fields.get('Installed-Size') ?? NaN) * 1024,
      debSize: Number(fields.get('Size') ?? NaN),
      depends: relations(fields.get('Depends')),
      preDepends: relations(fields.get('Pre-Depends')),
      recommends: relations(fields.get('Recommends')),
      provides: relations(fields.get('Provides')).map(([provided]) => (provided.version ? { name: provided.name, version: provided.version } : { name: provided.name })),
      essential: fields.get('Essential') === 'yes',
    };
    const multiArch = fields.get('Multi-Arch');
    if (multiArch && MULTI_ARCH.has(multiArch)) pkg.multiArch = multiArch as AptPackage['multiArch'];
    packages.push(pkg);
  }
  return packages;
}
