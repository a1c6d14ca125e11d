import { analyzeDockerfile, type AnalysisRequest } from '../analyze/analyze';
import type { Finding, Fix, FixSafety } from '../engine/rule';
import { parseDocumentSync, type ParsedDocument } from '../parse/document';
import { initShellParser } from '../parse/shell';
import { keepsContent } from './content-guard';
import { applyOffsetEdits, editsConflict, toOffsetEdits, type OffsetEdit } from './edits';
import { TakenEdits } from './taken-edits';

export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** also apply fixes marked unsafe (they may change the build's result) */
  unsafe?: boolean;
  maxPasses?: number;
}

/** A fix that made it into the result, with the finding it came from. */
export interface AppliedFix {
  finding: Finding;
  fix: Fix;
  /** 1-based pass it was applied in */
  pass: number;
}

export interface FixResult {
  text: string;
  applied: AppliedFix[];
  /** fixes left out because the text they produced did not parse as cleanly as before, or lost content (see keepsContent) */
  rejected: AppliedFix[];
  passes: number;
  /** false when the last pass still had fixes to apply (the pass limit was hit) */
  stable: boolean;
  /** every finding of the returned text (what is left after fixing) */
  findings: Finding[];
}

/** Lints one parsed document; the caller decides rules, settings and build context. */
export type LintForFix = (document: ParsedDocument) => Finding[] | Promise<Finding[]>;

/**
 * Applies fixes until nothing is left to fix: each pass lints (through analyzeDockerfile when given
 * an AnalysisRequest; pass one `contexts` so the build context is read once for every pass), takes the fixes in document order,
 * drops those whose edits conflict with one already taken (the next pass sees them again),
 * applies them to the original text and re-parses. A pass whose result parses worse than its input,
 * or loses what the fixes do not say they remove, is retried fix by fix, and such a fix is never applied.
 */
export async function fixText(text: string, how: LintForFix | AnalysisRequest, options: FixOptions = {}): Promise<FixResult> {
  const lint: LintForFix = typeof how === 'function' ? how : async (document) => (await analyzeDockerfile({ ...how, document, fixes: true })).findings;
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  const applied: AppliedFix[] = [];
  const rejected: AppliedFix[] = [];
  const refused = new Set<string>();
  await initShellParser();
  // parsed for reuse: each pass's text is the last one with a few edits, so most instructions and scripts parse as before
  let document = parseDocumentSync(text, {});
  for (let pass = 1; pass <= maxPasses; pass++) {
    const findings = await lint(document);
    const candidates = fixable(findings, options).filter((candidate) => !refused.has(fixKey(candidate)));
    if (candidates.length === 0) return { text: document.text, applied, rejected, passes: pass - 1, stable: true, findings };
    const chosen = nonConflicting(document, candidates);
    let next = tryApply(document, chosen);
    if (!next) {
      // one bad fix should not hold back the others: take them one at a time, keeping what still passes
      const good: Candidate[] = [];
      for (const candidate of chosen) {
        const withIt = tryApply(document, [...good, candidate]);
        if (withIt) {
          good.push(candidate);
          next = withIt;
        } else if (!tryApply(document, [candidate])) {
          refused.add(fixKey(candidate));
          rejected.push({ ...candidate, pass });
        }
        // else it only fails beside the others (two fixes that remove and add the same words): the next pass sees it again
      }
      if (!next) continue;
      chosen.splice(0, chosen.length, ...good);
    }
    applied.push(...chosen.map((candidate) => ({ finding: candidate.finding, fix: candidate.fix, pass })));
    document = next;
  }
  const findings = await lint(document);
  const left = fixable(findings, options).filter((candidate) => !refused.has(fixKey(candidate)));
  return { text: document.text, applied, rejected, passes: maxPasses, stable: left.length === 0, findings };
}

interface Candidate {
  finding: Finding;
  fix: Fix;
  edits: OffsetEdit[];
}

function fixable(findings: readonly Finding[], options: FixOptions): Array<Omit<Candidate, 'edits'>> {
  const allowed: FixSafety[] = options.unsafe ? ['safe', 'unsafe'] : ['safe'];
  return findings.flatMap((finding) => (finding.fix && allowed.includes(finding.fix.safety) ? [{ finding, fix: finding.fix }] : []));
}

function nonConflicting(document: ParsedDocument, found: Array<Omit<Candidate, 'edits'>>): Candidate[] {
  const candidates = found
    .map((candidate) => ({ ...candidate, edits: toOffsetEdits(document.lines, candidate.fix.edits) }))
    .filter((candidate) => candidate.edits.length > 0)
    .sort((a, b) => firstOffset(a) - firstOffset(b));
  const taken: Candidate[] = [];
  const takenEdits = new TakenEdits();
  for (const candidate of candidates) {
    const clashes = candidate.edits.some((edit) => takenEdits.conflictsWith(edit));
    const selfClash = candidate.edits.some((a, i) => candidate.edits.some((b, j) => i < j && editsConflict(a, b)));
    if (clashes || selfClash) continue;
    taken.push(candidate);
    for (const edit of candidate.edits) takenEdits.add(edit);
  }
  return taken;
}

function firstOffset(candidate: Candidate): number {
  return Math.min(...candidate.edits.map((edit) => edit.start));
}

/**
 * The fixed document, or undefined when it did not change, parses worse than `before`, or lost an
 * instruction, a command word or a comment the fixes do not say they remove.
 */
function tryApply(before: ParsedDocument, candidates: ReadonlyArray<Pick<Candidate, 'fix' | 'edits'>>): ParsedDocument | undefined {
  const text = applyOffsetEdits(before.text, candidates.flatMap((candidate) => candidate.edits), before.eol);
  if (text === before.text) return undefined;
  const after = parseDocumentSync(text, { previous: before });
  const removes = candidates.map((candidate) => candidate.fix.removes);
  return parsesAsWell(before, after) && keepsContent(before, after, removes) ? after : undefined;
}

/**
 * Whether `fix` applied alone to `document` passes the guard `fixText` applies (parses as well,
 * keeps content): for tools that offer one finding's fix on its own, like the editor's quick fix.
 */
export function passesFixGuard(document: ParsedDocument, fix: Fix): boolean {
  const edits = toOffsetEdits(document.lines, fix.edits);
  return edits.length > 0 && tryApply(document, [{ fix, edits }]) !== undefined;
}

/** The fixed text must not add parse problems, shell syntax errors or unknown instructions. */
export function parsesAsWell(before: ParsedDocument, after: ParsedDocument): boolean {
  if (after.problems.length > before.problems.length) return false;
  if (after.escapeChar !== before.escapeChar || after.eol !== before.eol) return false;
  return shellErrors(after) <= shellErrors(before);
}

function shellErrors(document: ParsedDocument): number {
  return document.instructions.reduce(
    (count, instruction) => count + document.shellScripts(instruction).filter((script) => script.hasErrors).length,
    0,
  );
}

function fixKey(candidate: Omit<Candidate, 'edits'>): string {
  const { start } = candidate.finding.range;
  return `${candidate.finding.rule}@${start.line}:${start.character}:${candidate.fix.description}`;
}
