// The committed bookworm excerpt (fixtures/README.md) as the tests use it.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AptInstalled } from './apt-catalog';
import { parseAptPackages } from './apt-stanzas';
import type { AptIndex } from './apt-types';

const FIXTURES = path.join(__dirname, 'fixtures');
export const BOOKWORM_SOURCE = 'Debian bookworm main amd64 Packages, 2026-07-11';
export const bookwormText = readFileSync(path.join(FIXTURES, 'bookworm-main-amd64.Packages'), 'utf8');
export const bookworm: AptIndex = { source: BOOKWORM_SOURCE, packages: parseAptPackages(bookwormText) };

/** The base image's packages (all manual, as in a Debian image without apt's extended_states). */
export const minbase: AptInstalled[] = readFileSync(path.join(FIXTURES, 'bookworm-minbase.txt'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [name, version] = line.split(' ');
    return { name, version };
  });

/** A field of one stanza read straight from the fixture text, without the parser under test. */
export function rawField(name: string, field: string): string | undefined {
  const stanza = bookwormText.split('\n\n').find((text) => text.startsWith(`Package: ${name}\n`));
  return stanza ? new RegExp(`^${field}: (.*)$`, 'm').exec(stanza)?.[1] : undefined;
}
