import type { Finding, Fix, LazyFix, ReportedFix } from './rule';
import type { FixOutcome } from '../fix/outcome';

// the fixes left unbuilt (a run with `fixes: false`), until buildFix builds them
const unbuilt = new WeakMap<Finding, LazyFix>();

/** Gives the finding its fix (or `noFixReason`) from what the rule reported; a lazy one is built only when `build`. */
export function attachFix(finding: Finding, reported: ReportedFix | undefined, build: boolean): void {
  if (typeof reported !== 'function') setOutcome(finding, reported);
  else if (build) setOutcome(finding, reported());
  else unbuilt.set(finding, reported);
}

/** Builds the finding's fix if the run left it unbuilt (once); a finding with its fix already is unchanged. */
export function buildFix(finding: Finding): void {
  const lazy = unbuilt.get(finding);
  if (!lazy) return;
  unbuilt.delete(finding);
  try {
    setOutcome(finding, lazy());
  } catch (error) {
    // built at once, the rule's check would have failed with it: an internal error of the rule
    finding.noFixReason = `building the fix failed (a dflint bug; please report it): ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Whether the finding's fix was left unbuilt (buildFix builds it). */
export function hasUnbuiltFix(finding: Finding): boolean {
  return unbuilt.has(finding);
}

function setOutcome(finding: Finding, outcome: Fix | FixOutcome<Fix> | undefined): void {
  if (!outcome) return;
  if (!('ok' in outcome)) finding.fix = outcome;
  else if (outcome.ok) finding.fix = outcome.value;
  else finding.noFixReason = outcome.reason;
}
