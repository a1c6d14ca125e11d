import { movedFrom, parseDocument, type ParsedDocument } from '../parse/document';
import { documentPackageUses } from './document-packages';

// The uses of an edited version, reusing what each unchanged or moved RUN told the version before
// (run-package-uses.ts), must be those of a fresh parse of the same text.

const ORIGINAL = [
  'FROM debian:bookworm AS base',
  'RUN apt-get update',
  'RUN echo "deb http://a.example/debian bookworm main" > /etc/apt/sources.list.d/a.list',
  'FROM base AS build',
  "RUN echo 'deb http://b.example/ stable main' | tee /etc/apt/sources.list.d/b.list && npm ci",
  'FROM alpine:3.19',
  'RUN apk add curl',
  'FROM fedora:40',
  'RUN sudo dnf install -y git && pip install flask',
];

async function versionsOf(edit: (lines: string[]) => void): Promise<{ before: ParsedDocument; after: ParsedDocument; fresh: ParsedDocument }> {
  const before = await parseDocument(ORIGINAL.join('\n'), {});
  documentPackageUses(before, undefined);
  const lines = ORIGINAL.slice();
  edit(lines);
  const text = lines.join('\n');
  return { before, after: await parseDocument(text, { previous: before }), fresh: await parseDocument(text) };
}

describe('documentPackageUses of an edited version', () => {
  test('lines inserted above move the reused RUNs apt writes with them', async () => {
    const { after, fresh } = await versionsOf((lines) => lines.splice(1, 0, '', '# moved'));
    const moved = after.instructions.filter((instruction) => movedFrom(after, instruction) !== undefined);
    expect(moved.length).toBeGreaterThan(4);
    const uses = documentPackageUses(after, undefined);
    expect(uses).toEqual(documentPackageUses(fresh, undefined));
    expect([...uses.aptAdded.values()].flatMap(({ added }) => added.map((addition) => addition.line))).toEqual([4, 6]);
  });

  test('a RUN edited in place is worked out again; the others are kept', async () => {
    const { before, after, fresh } = await versionsOf((lines) => (lines[6] = 'RUN apk add curl && yarn install'));
    expect(after.instructions[1]).toBe(before.instructions[1]);
    const uses = documentPackageUses(after, undefined);
    expect(uses).toEqual(documentPackageUses(fresh, undefined));
    expect([...uses.apk]).toEqual([[2, 6]]);
  });

  test('a RUN that stops running apt takes its chain out of apt', async () => {
    const { after, fresh } = await versionsOf((lines) => (lines[1] = 'RUN true'));
    const uses = documentPackageUses(after, undefined);
    expect(uses).toEqual(documentPackageUses(fresh, undefined));
    expect([...uses.apt.keys()]).toEqual([]);
  });
});
