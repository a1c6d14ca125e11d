import { pathToFileURL } from 'node:url';
import { DOCS_BASE } from '../docs';
import type { Finding, RuleMeta, Severity, TextEdit } from '../engine/rule';
import { bytesJson } from '../layers/bytes';
import type { Range } from '../parse/types';
import { fingerprints } from './fingerprint';
import { truncate } from './words';
import type { RunReport } from './report';
import { artifactLocation, oneBased, SRCROOT } from './report-paths';

/** The project page: the rule docs' base without `/blob/<branch>/rules`. */
export const PROJECT_URL = DOCS_BASE.replace(/\/blob\/.*$/, '');
const SCHEMA_URL = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning truncates longer full descriptions. */
export const MAX_FULL_DESCRIPTION = 1000;

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

function region(range: Range) {
  const at = oneBased(range);
  return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function ruleDescriptor(meta: RuleMeta) {
  const about = [
    sentence(meta.description.charAt(0).toUpperCase() + meta.description.slice(1)),
    meta.aliases.length ? `Covers ${meta.aliases.join(', ')}.` : '',
    meta.fixable ? `Offers a${meta.fixable === 'unsafe' ? 'n unsafe' : ' safe'} fix.` : '',
  ];
  return {
    id: meta.name,
    shortDescription: { text: meta.description },
    fullDescription: { text: truncate(about.filter(Boolean).join(' '), MAX_FULL_DESCRIPTION) },
    helpUri: meta.docs,
    help: { text: `${meta.description}\n\nDocumentation: ${meta.docs}`, markdown: `${meta.description}\n\n[Documentation](${meta.docs})` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ['dockerfile', meta.category], category: meta.category, aliases: meta.aliases, fixable: meta.fixable },
  };
}

/** A finding whose rule is not in the run's table (internal-error) still gets a valid entry. */
function plainDescriptor(id: string) {
  return {
    id,
    shortDescription: { text: id },
    fullDescription: { text: id === 'internal-error' ? 'dflint failed on this file: a dflint bug; please report it.' : id },
    helpUri: PROJECT_URL,
    help: { text: `${id}\n\nSee ${PROJECT_URL}` },
    defaultConfiguration: { level: 'error' as Level },
  };
}

function physicalLocation(location: ReturnType<typeof artifactLocation>, range: Range) {
  return { physicalLocation: { artifactLocation: location, region: region(range) } };
}

function replacement(edit: TextEdit) {
  return { deletedRegion: region(edit.range), insertedContent: { text: edit.newText } };
}

function sarifResult(finding: Finding, ruleIndex: number, location: ReturnType<typeof artifactLocation>, lineHash: string) {
  const fix = finding.fix && finding.fix.edits.length > 0 ? finding.fix : undefined;
  const properties = {
    severity: finding.severity,
    // the hadolint/BuildKit codes of this result (the rule's descriptor lists all the rule has)
    aliases: finding.aliases ?? [],
    ...(finding.wastedBytes && { wastedBytes: bytesJson(finding.wastedBytes) }),
    ...(fix && { fixSafety: fix.safety }),
  };
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [physicalLocation(location, finding.range)],
    ...(finding.related?.length && {
      relatedLocations: finding.related.map((related, index) => ({
        id: index + 1,
        ...physicalLocation(location, related.range),
        message: { text: related.message },
      })),
    }),
    partialFingerprints: { primaryLocationLineHash: lineHash },
    ...(fix && {
      fixes: [{ description: { text: fix.description }, artifactChanges: [{ artifactLocation: location, replacements: fix.edits.map(replacement) }] }],
    }),
    properties,
  };
}

export interface SarifOptions {
  /** `runs[].automationDetails.id`, needed when several SARIF files per tool are uploaded */
  automationId?: string;
}

/**
 * SARIF 2.1.0 (DESIGN.md): one run whose driver lists every rule of the run, results with
 * repo-relative locations, columns, line hashes that survive unrelated edits, fixes, and an
 * invocation with the exit code.
 */
export function formatSarif(report: RunReport, options: SarifOptions = {}): string {
  const descriptors: Array<ReturnType<typeof ruleDescriptor> | ReturnType<typeof plainDescriptor>> = report.rules.map(ruleDescriptor);
  const indexOf = new Map<string, number>(report.rules.map((meta, index) => [meta.name, index]));
  const ruleIndex = (id: string): number => {
    if (!indexOf.has(id)) {
      indexOf.set(id, descriptors.length);
      descriptors.push(plainDescriptor(id));
    }
    return indexOf.get(id)!;
  };
  const results = report.results.flatMap((result) => {
    const location = artifactLocation(result.file, report.cwd);
    const prints = fingerprints(result, location.uri);
    return result.findings.map((finding, i) => sarifResult(finding, ruleIndex(finding.rule), location, prints[i].lineHash));
  });
  const srcRoot = pathToFileURL(report.cwd).href.replace(/\/?$/, '/');
  const log = {
    $schema: SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dflint', version: report.toolVersion, semanticVersion: report.toolVersion, informationUri: PROJECT_URL, rules: descriptors } },
        ...(options.automationId && { automationDetails: { id: options.automationId } }),
        invocations: [{ executionSuccessful: report.exitCode !== 2, exitCode: report.exitCode }],
        originalUriBaseIds: { [SRCROOT]: { uri: srcRoot } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
