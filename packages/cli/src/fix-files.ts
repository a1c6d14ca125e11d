import { analyzeDockerfile, fixText, type AnalysisRequest, type Finding } from '@dflint/core';
import { writeFileAtomic, WriteError } from './atomic-write';
import { unifiedDiff } from './fix-diff';
import { fixSummary, unfixedNotes } from './fix-summary';
import type { CliIo } from './io';

export interface FixRequest {
  /** false: --fix-dry-run, print a diff and write nothing */
  write: boolean;
  /** --unsafe-fixes */
  unsafe: boolean;
  /** --fix-read-only: replace files whose mode makes them read-only too */
  writeReadOnly?: boolean;
}

export interface FixFileInput {
  /** the name the user gave (or the --stdin-filename) */
  name: string;
  /** where to write; undefined for stdin, which is never written back */
  path?: string;
  text: string;
}

export interface FixFileOutcome {
  /** what is left to report for this file */
  findings: Finding[];
  /** the text those findings are in (the fixed text, unless it could not be written) */
  text: string;
  /** the one-line summary for stylish output, if there is something to say */
  summary?: string;
  /** the fixed text could not be written (the message is already on stderr) */
  writeFailed: boolean;
}

/**
 * Fixes one file: writes the result over it atomically (or, dry run, prints the diff), notes on
 * stderr when the fixes did not settle, and says what was fixed.
 */
export async function fixFile(input: FixFileInput, analysis: AnalysisRequest, request: FixRequest, io: CliIo): Promise<FixFileOutcome> {
  const fixed = await fixText(input.text, analysis, { unsafe: request.unsafe });
  const changed = fixed.text !== input.text;
  let writeFailed = false;
  if (changed && !request.write) io.out(unifiedDiff(input.name, input.text, fixed.text));
  if (changed && request.write && input.path) {
    try {
      await writeFileAtomic(input.path, fixed.text, {
        expected: input.text,
        writeReadOnly: request.writeReadOnly,
        crashBeforeRename: io.env.DFLINT_TEST_CRASH_BEFORE_RENAME === '1',
      });
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.err(`dflint: cannot write ${input.name}: ${error.reason}\n`);
      writeFailed = true;
    }
  }
  if (!fixed.stable && !writeFailed) {
    io.err(
      `dflint: note: ${input.name}: the fixes still changed the text after ${fixed.passes} passes; ` +
        `${request.write ? 'wrote' : 'showing'} the text they reached\n`,
    );
  }
  // a dry run says why what is left has no fix; positions are those of the text the diff leads to
  if (!request.write) for (const note of unfixedNotes(input.name, fixed.findings)) io.err(note);
  // a file that could not be written still has its original findings
  if (writeFailed) return { findings: (await analyzeDockerfile({ ...analysis, text: input.text })).findings, text: input.text, writeFailed };
  const summary = fixSummary({ file: input.name, ...fixed, remaining: fixed.findings, unsafe: request.unsafe, dryRun: !request.write });
  return { findings: fixed.findings, text: fixed.text, summary, writeFailed };
}
