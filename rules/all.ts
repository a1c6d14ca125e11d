// Every dflint rule, one line each. Adding a rule: its folder, plus one line here.
export { default as aptUpdateAlone } from './apt-update-alone/rule';
export { default as archiveCopyExtract } from './archive-copy-extract/rule';
export { default as cacheBustOrder } from './cache-bust-order/rule';
export { default as chmodAfterCopy } from './chmod-after-copy/rule';
export { default as consecutiveRun } from './consecutive-run/rule';
export { default as copyContextBloat } from './copy-context-bloat/rule';
export { default as deleteAfterAdd } from './delete-after-add/rule';
export { default as layerCount } from './layer-count/rule';
export { default as maintainerDeprecated } from './maintainer-deprecated/rule';
export { default as metadataMerge } from './metadata-merge/rule';
export { default as packageCache } from './package-cache/rule';
export { default as shellcheck } from './shellcheck/rule';
export { default as syntaxError } from './syntax-error/rule';
export { default as unpinnedRemote } from './unpinned-remote/rule';
export { default as volatileArgEarly } from './volatile-arg-early/rule';
