import { ignoreNextComment, INTERNAL_ERROR, lineIndexOf, rangesOverlap, type TextEdit as CoreEdit } from '@dflint/core';
import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalyzedFinding } from './analysis-types';
import { sameFinding, toDiagnostic } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.dflint`;
const MERGE_RULE = 'consecutive-run';

export interface EditOptions {
  /** the client takes versioned documentChanges (safer: it refuses edits for another version) */
  documentChanges: boolean;
}

/**
 * The actions for a range: each fixable finding's quick fix (RUN merges first and preferred),
 * "Disable <rule> for this instruction", and fix-all when the document has a safe fix. A quick fix
 * in `withheld` failed the fix guard and is not offered. The
 * fix-all action comes without its edit; `resolveFixAll` fills it in.
 */
export function codeActions(
  document: TextDocument,
  analysis: Analysis,
  params: CodeActionParams,
  options: EditOptions,
  withheld: ReadonlySet<AnalyzedFinding> = new Set(),
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
  const relevant = relevantFindings(analysis, params);
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const fixable = relevant.filter((finding) => finding.fix && !withheld.has(finding));
    const ordered = [...fixable.filter((f) => f.rule === MERGE_RULE), ...fixable.filter((f) => f.rule !== MERGE_RULE)];
    actions.push(...ordered.map((finding) => quickFix(document, finding, options)));
    actions.push(...disableActions(document, relevant, options));
  }
  if (wants(FIX_ALL_KIND) && analysis.findings.some((finding) => finding.fix?.safety === 'safe')) {
    actions.push({ title: 'Fix all safe dflint problems', kind: FIX_ALL_KIND, data: { uri: document.uri, version: document.version } });
  }
  return actions;
}

/** The findings a code action request is about: in its range, or among its diagnostics. */
export function relevantFindings(analysis: Analysis, params: CodeActionParams): AnalyzedFinding[] {
  return analysis.findings.filter(
    (finding) => rangesOverlap(finding.range, params.range) || params.context.diagnostics.some((diagnostic) => sameFinding(diagnostic, finding)),
  );
}

/** The whole-document edit that turns `document` into `fixedText`; undefined when nothing changes. */
export function fixAllEdit(document: TextDocument, fixedText: string, options: EditOptions): WorkspaceEdit | undefined {
  const text = document.getText();
  if (fixedText === text) return undefined;
  const range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  return workspaceEdit(document, [{ range, newText: fixedText }], options);
}

function quickFix(document: TextDocument, finding: AnalyzedFinding, options: EditOptions): CodeAction {
  const fix = finding.fix!;
  const eol = lineEnding(document);
  const title = capitalize(fix.description) + (fix.safety === 'unsafe' ? ' (unsafe: may change the image)' : '');
  const action: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, document.uri)],
    edit: workspaceEdit(document, fix.edits.map((edit) => withEol(edit, eol)), options),
  };
  if (finding.rule === MERGE_RULE) action.isPreferred = true;
  return action;
}

function disableActions(document: TextDocument, findings: readonly AnalyzedFinding[], options: EditOptions): CodeAction[] {
  const seen = new Set<string>();
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const line = finding.instructionLine;
    const key = `${finding.rule}@${line}`;
    if (line === undefined || finding.rule === INTERNAL_ERROR || seen.has(key)) continue;
    seen.add(key);
    const newText = `${finding.instructionIndent ?? ''}${ignoreNextComment([finding.rule])}${lineEnding(document)}`;
    actions.push({
      title: `Disable ${finding.rule} for this instruction`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(finding, document.uri)],
      edit: workspaceEdit(document, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText }], options),
    });
  }
  return actions;
}

function workspaceEdit(document: TextDocument, edits: TextEdit[], options: EditOptions): WorkspaceEdit {
  return options.documentChanges
    ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
    : { changes: { [document.uri]: edits } };
}

/** Rules write `\n`; a CRLF document gets CRLF. */
function withEol(edit: CoreEdit, eol: string): TextEdit {
  return { range: edit.range, newText: eol === '\n' ? edit.newText : edit.newText.replace(/\r?\n/g, eol) };
}

/** The document's line break, as the parser and `dflint --fix` see it. */
function lineEnding(document: TextDocument): string {
  return lineIndexOf(document.getText()).eol();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
