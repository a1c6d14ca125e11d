import { SEVERITIES, type RuleSetting, type Severity } from '@dflint/core';
import type { ContextFiles, ExpectedFinding } from './harness';

/**
 * A rule README's `## Example`, read so the harness can run it. The section holds, in order:
 *
 * - a ```dockerfile block: the Dockerfile;
 * - optionally a ```sh block of `mkdir -p`, `truncate -s SIZE FILE…` and `echo 'TEXT' > FILE` lines: the
 *   build context they make (zero-filled files, sizes as GNU truncate reads them, K and M in units of
 *   1024; a file holding TEXT and a line break);
 * - optionally a ```json block: a `.dflintrc.json` whose `rules` entry for this rule applies;
 * - a ```text block: every finding of the rule, one `line:column  severity  message` per line,
 *   as `dflint`'s stylish output prints them.
 *
 * Under `## Fix`, the ```dockerfile block right after a line that ends in "`dflint --fix` writes:"
 * or "`dflint --fix` writes this:" (or names `dflint --fix --unsafe-fixes`) is what the fixes
 * make of the example; any other
 * ```dockerfile block there that starts with FROM is a Dockerfile the rule finds nothing in.
 */
export interface ReadmeExample {
  code: string;
  context?: ContextFiles;
  setting?: RuleSetting;
  findings: ExpectedFinding[];
  fix?: { command: FixCommand; output: string };
  /** the Fix section's other complete Dockerfiles */
  cleanDockerfiles: string[];
}

export type FixCommand = 'dflint --fix' | 'dflint --fix --unsafe-fixes';

interface Block {
  language: string;
  body: string;
  /** the last non-blank line of text before the block */
  introduction: string;
}

/** Reads the Example (and Fix) of a README; throws when they are not in the shape above. */
export function readReadmeExample(readme: string, ruleName: string): ReadmeExample {
  const example = blocksOf(section(readme, 'Example'));
  const order = example.map((block) => block.language).join(' ');
  if (!/^dockerfile( sh)?( json)? text$/.test(order)) {
    throw new Error(`## Example holds blocks [${order}]; expected dockerfile, then optionally sh and json, then text`);
  }
  const block = (language: string) => example.find((b) => b.language === language)?.body;
  const sh = block('sh');
  const json = block('json');
  const fixBlocks = blocksOf(section(readme, 'Fix')).filter((b) => b.language === 'dockerfile');
  const fixBlock = fixBlocks.find((b) => fixCommandOf(b.introduction));
  return {
    code: block('dockerfile')!,
    ...(sh === undefined ? {} : { context: contextFromShell(sh) }),
    ...(json === undefined ? {} : { setting: settingFromConfig(json, ruleName) }),
    findings: findingsFromText(block('text')!),
    ...(fixBlock ? { fix: { command: fixCommandOf(fixBlock.introduction)!, output: fixBlock.body } } : {}),
    cleanDockerfiles: fixBlocks.filter((b) => b !== fixBlock && /^FROM /i.test(b.body)).map((b) => b.body),
  };
}

function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const rest = readme.slice(start + heading.length + 5);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

function blocksOf(text: string): Block[] {
  return [...text.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].map((match) => {
    const before = text.slice(0, match.index).trimEnd();
    return { language: match[1], body: match[2], introduction: before.slice(before.lastIndexOf('\n') + 1) };
  });
}

function fixCommandOf(introduction: string): FixCommand | undefined {
  const match = /`(dflint --fix(?: --unsafe-fixes)?)` writes[^`]*:$/.exec(introduction);
  return match ? (match[1] as FixCommand) : undefined;
}

const FINDING_LINE = new RegExp(`^(\\d+):(\\d+)  (${SEVERITIES.join('|')})  (\\S.*)$`);

function findingsFromText(text: string): ExpectedFinding[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const match = FINDING_LINE.exec(line);
      if (!match) throw new Error(`not a "line:column  severity  message" line: ${line}`);
      return { line: Number(match[1]), column: Number(match[2]), severity: match[3] as Severity, message: match[4] };
    });
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2 };

/** The files a `mkdir -p` / `truncate -s` script makes; a directory must end up holding a file. */
function contextFromShell(script: string): ContextFiles {
  const files: ContextFiles = {};
  const directories: string[] = [];
  for (const line of script.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const echo = /^echo '([^']*)' > (\S+)$/.exec(line);
    if (echo) {
      files[echo[2]] = `${echo[1]}\n`;
      continue;
    }
    const [command, ...words] = line.split(/\s+/);
    const truncate = command === 'truncate' && words[0] === '-s' ? /^(\d+)([KM]?)$/.exec(words[1] ?? '') : null;
    if (command === 'mkdir' && words[0] === '-p' && words.length > 1) directories.push(...words.slice(1));
    else if (truncate && words.length > 2) for (const file of words.slice(2)) files[file] = Number(truncate[1]) * UNITS[truncate[2]];
    else throw new Error(`the context script takes only "mkdir -p DIR…", "truncate -s SIZE FILE…" and "echo 'TEXT' > FILE": ${line}`);
  }
  const empty = directories.filter((dir) => !Object.keys(files).some((file) => file.startsWith(`${dir.replace(/\/$/, '')}/`)));
  if (empty.length) throw new Error(`the context script leaves empty directories, which the harness cannot make: ${empty.join(', ')}`);
  return files;
}

/** The rule's entry of a `.dflintrc.json`: a severity, or [severity] / [severity, options]. */
function settingFromConfig(json: string, ruleName: string): RuleSetting {
  const entry: unknown = (JSON.parse(json) as { rules?: Record<string, unknown> }).rules?.[ruleName];
  const [severity, options] = Array.isArray(entry) ? entry : [entry];
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new Error(`the example's config sets no severity for ${ruleName} under "rules"`);
  }
  return { severity: severity as Severity, ...(options === undefined ? {} : { options }) };
}
