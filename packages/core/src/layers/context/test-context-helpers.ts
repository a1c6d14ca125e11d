// Helpers shared by the load-context*.test.ts files: temp build contexts and the copies loaded from them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from '../../parse/document';
import type { ContextCopy } from '../types';
import { contextCopyKey } from './copy-key';
import { loadBuildContext, type LoadContextOptions } from './load-context';

type Spec = string | number | { symlink: string };

const made: string[] = [];

/** Deletes every context makeContext made; each test file registers it with afterAll. */
export function removeMadeContexts(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A temp context: a string is file content, a number that many bytes, `{symlink}` a link. */
export function makeContext(files: Record<string, Spec>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-context-'));
  made.push(root);
  for (const [rel, spec] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (typeof spec === 'object') fs.symlinkSync(spec.symlink, file);
    else fs.writeFileSync(file, typeof spec === 'number' ? Buffer.alloc(spec, 'x') : spec);
  }
  return root;
}

/** Loads the context for the Dockerfile and returns its COPY/ADD results in document order. */
export async function copiesOf(dockerfile: string, root: string, options: Partial<LoadContextOptions> = {}) {
  const doc = await parseDocument(dockerfile);
  const context = await loadBuildContext(doc, { root, ...options });
  const copies = doc.instructions.flatMap((instruction) => {
    const copy = context.copies.get(contextCopyKey(instruction));
    return copy ? [copy] : [];
  });
  return { context, copies };
}

export function placed(copy: ContextCopy): Array<[string, number]> {
  return copy.files.map((file) => [file.path, file.size]);
}
