import type { Rule } from '@dflint/core';
import aptUpdateAlone from './apt-update-alone/rule';
import archiveCopyExtract from './archive-copy-extract/rule';
import chmodAfterCopy from './chmod-after-copy/rule';
import consecutiveRun from './consecutive-run/rule';
import copyContextBloat from './copy-context-bloat/rule';
import deleteAfterAdd from './delete-after-add/rule';
import layerCount from './layer-count/rule';
import maintainerDeprecated from './maintainer-deprecated/rule';
import packageCache from './package-cache/rule';

/** Every dflint rule. Adding a rule: its folder, plus one line here. */
export const rules: readonly Rule[] = [
  aptUpdateAlone,
  archiveCopyExtract,
  chmodAfterCopy,
  consecutiveRun,
  copyContextBloat,
  deleteAfterAdd,
  layerCount,
  maintainerDeprecated,
  packageCache,
];

export function findRule(name: string): Rule | undefined {
  return rules.find((rule) => rule.meta.name === name);
}
