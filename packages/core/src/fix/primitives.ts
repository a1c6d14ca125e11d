// The pieces rules build their fixes from (all of them in the rule kit).
export { mergeRunsEdit, METADATA_ONLY, runFlagsKey } from './merge-runs';
export { appendToRunEdit, insertFlagEdit, directiveAbove, type AppendOptions } from './append-to-run';
export { runPart, spliceable, continuationIndent, type RunPart } from './run-text';
export { deleteInstructionEdit, replaceInstructionEdit } from './instruction-edits';
export { moveIntoRunBefore, type RunMove } from './move-into-run';
export { ok, refuse, mapOutcome, refusedAt, type FixOutcome, type Refusal } from './outcome';
