// Checks a SARIF log against the official 2.1.0 schema and GitHub code scanning's requirements.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SHARED } from '../test-shared';

export const SARIF_SCHEMA = path.join(SHARED, 'sarif/sarif-schema-2.1.0.json');

/** Schema errors as `path message` lines; undefined when the schema file is absent. */
export function sarifSchemaValidator(): ((log: unknown) => string[]) | undefined {
  if (!existsSync(SARIF_SCHEMA)) return undefined;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; shortDescription?: { text?: string }; fullDescription?: { text?: string }; help?: { text?: string }; helpUri?: string }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      message: { text?: string };
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string }; region?: { startLine?: number } } }>;
      partialFingerprints?: { primaryLocationLineHash?: string };
    }>;
  }>;
}

/** What GitHub code scanning needs beyond the schema (integration-notes.md), as problem lines. */
export function githubProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    for (const rule of rules) {
      if (!rule.shortDescription?.text) problems.push(`${rule.id}: no shortDescription.text`);
      const full = rule.fullDescription?.text ?? '';
      if (!full || full.length > 1000) problems.push(`${rule.id}: fullDescription.text missing or over 1000 characters`);
      if (!rule.help?.text) problems.push(`${rule.id}: no help.text`);
      if (!rule.helpUri) problems.push(`${rule.id}: no helpUri`);
    }
    if (run.results.length > 25000) problems.push(`${run.results.length} results (GitHub takes 25,000 per run)`);
    for (const result of run.results) {
      const where = `${result.ruleId}`;
      if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${where}: ruleIndex ${result.ruleIndex} does not name it`);
      if (!result.message.text) problems.push(`${where}: no message.text`);
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      if (!uri || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) problems.push(`${where}: uri '${uri}' is not repo-relative`);
      if (location?.artifactLocation?.uriBaseId !== '%SRCROOT%') problems.push(`${where}: uriBaseId is not %SRCROOT%`);
      if (!(Number.isInteger(location?.region?.startLine) && location!.region!.startLine! >= 1)) problems.push(`${where}: no startLine`);
      if (!result.partialFingerprints?.primaryLocationLineHash) problems.push(`${where}: no primaryLocationLineHash`);
    }
  }
  return problems;
}
