export { fixText, parsesAsWell, MAX_FIX_PASSES, type AppliedFix, type FixOptions, type FixResult, type LintForFix } from './fix-text';
export { applyOffsetEdits, toOffsetEdits, type OffsetEdit } from './edits';
export { mergeRunsEdit, METADATA_ONLY, runFlagsKey } from './merge-runs';
export { appendToRunEdit, insertFlagEdit, directiveAbove, type AppendOptions } from './append-to-run';
export { runPart, spliceable, continuationIndent, type RunPart } from './run-text';
export { deleteInstructionEdit, replaceInstructionEdit } from './instruction-edits';
export { moveIntoRunBefore, type RunMove } from './move-into-run';
export { ok, refuse, mapOutcome, refusedAt, type FixOutcome, type Refusal } from './outcome';
