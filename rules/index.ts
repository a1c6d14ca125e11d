import type { Rule } from '@dflint/core';
import aptUpdateAlone from './apt-update-alone/rule';
import archiveCopyExtract from './archive-copy-extract/rule';
import cacheBustOrder from './cache-bust-order/rule';
import chmodAfterCopy from './chmod-after-copy/rule';
import consecutiveRun from './consecutive-run/rule';
import copyContextBloat from './copy-context-bloat/rule';
import deleteAfterAdd from './delete-after-add/rule';
import layerCount from './layer-count/rule';
import maintainerDeprecated from './maintainer-deprecated/rule';
import metadataMerge from './metadata-merge/rule';
import packageCache from './package-cache/rule';
import unpinnedRemote from './unpinned-remote/rule';
import volatileArgEarly from './volatile-arg-early/rule';

/** Every dflint rule. Adding a rule: its folder, plus one line here. */
export const rules: readonly Rule[] = [
  aptUpdateAlone,
  archiveCopyExtract,
  cacheBustOrder,
  chmodAfterCopy,
  consecutiveRun,
  copyContextBloat,
  deleteAfterAdd,
  layerCount,
  maintainerDeprecated,
  metadataMerge,
  packageCache,
  unpinnedRemote,
  volatileArgEarly,
];

export function findRule(name: string): Rule | undefined {
  return rules.find((rule) => rule.meta.name === name);
}
