export { fixText, parsesAsWell, passesFixGuard, MAX_FIX_PASSES, type AppliedFix, type FixOptions, type FixResult, type LintForFix } from './fix-text';
export { applyOffsetEdits, toOffsetEdits, type OffsetEdit } from './edits';
export { lostContent, keepsContent, fixRemovals } from './content-guard';
