import type { ParsedDocument } from '../parse/document';
import type { Instruction } from '../parse/types';
import { ImageFilesystem } from './filesystem';
import { LayerWriter } from './layer-writer';
import { mountTargets } from './mounts';
import { runEffects } from './run-effects';
import { stageEnvironments } from './stage-env';
import type { StoredEntry } from './types';

/**
 * What an ONBUILD RUN trigger stores in its layer when an image built FROM this one runs it. The
 * child inherits this stage's ENV and WORKDIR (as they stand at the ONBUILD; later ones are missed),
 * but its own files are not known: only what the script itself writes and keeps (a cache it does not
 * clean) is reliable.
 */
export function triggerStored(document: ParsedDocument, onbuild: Instruction): StoredEntry[] {
  const trigger = onbuild.trigger;
  if (trigger?.keyword !== 'RUN') return [];
  const environment = stageEnvironments(document).get(onbuild) ?? { workdir: '/', env: new Map<string, string>(), user: 'root', home: '/root' };
  const { effects } = runEffects(document, trigger, environment);
  const writer = new LayerWriter(new ImageFilesystem(), mountTargets(trigger, environment.workdir));
  for (const effect of effects) writer.apply(effect);
  return writer.stored();
}
