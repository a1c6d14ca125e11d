import type { RuleMeta } from '../engine/rule';
import { announceSkip } from '../test-shared';
import { goldenReport, GOLDEN_RULES } from './golden/golden-test-fixtures';
import { formatSarif, MAX_FULL_DESCRIPTION } from './sarif';
import { githubProblems, SARIF_SCHEMA, sarifSchemaValidator } from './test-sarif-check';

const validate = sarifSchemaValidator();
const sarif = (...args: Parameters<typeof formatSarif>) => JSON.parse(formatSarif(...args));

describe('formatSarif', () => {
  (validate ? test : test.skip)('the golden run validates against the official SARIF 2.1.0 schema', () => {
    expect(validate!(sarif(goldenReport(), { automationId: 'dflint/ci' }))).toEqual([]);
  });

  test('meets GitHub code scanning requirements', () => {
    expect(githubProblems(sarif(goldenReport()))).toEqual([]);
  });

  test('lists every rule of the run with docs and default level; unknown rules (internal-error) get an entry too', () => {
    const { rules } = sarif(goldenReport()).runs[0].tool.driver;
    expect(rules.map((r: { id: string }) => r.id)).toEqual([...GOLDEN_RULES.map((r) => r.name), 'internal-error']);
    expect(rules[0]).toMatchObject({
      id: 'consecutive-run',
      shortDescription: { text: 'consecutive RUNs that could be one RUN' },
      fullDescription: { text: 'Consecutive RUNs that could be one RUN. Covers DL3059. Offers a safe fix.' },
      helpUri: GOLDEN_RULES[0].docs,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['dockerfile', 'layer-bloat'] },
    });
    expect(rules[0].help.text).toContain(GOLDEN_RULES[0].docs);
    expect(rules[3].defaultConfiguration.level).toBe('note'); // style
  });

  test('results: level, 1-based region with columns, repo-relative uri, related locations, fixes, wasted bytes', () => {
    const [maintainer, runs, cache, labels, odd, internal] = sarif(goldenReport()).runs[0].results;
    expect(runs).toMatchObject({
      ruleId: 'consecutive-run',
      ruleIndex: 0,
      level: 'warning',
      message: { text: expect.stringContaining('18.0 MiB') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'svc/api/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 28 } } }],
      relatedLocations: [{ id: 1, message: { text: 'can be merged into the RUN at line 3' }, physicalLocation: { region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 4 } } }],
      properties: { wastedBytes: { value: 18874368, estimate: 'lower-bound' }, fixSafety: 'safe' },
    });
    expect(runs.fixes[0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 28 }, insertedContent: { text: 'RUN apt-get update && \\\n    apt-get install -y curl' } },
    ]);
    expect(maintainer.fixes).toHaveLength(1);
    expect(cache.fixes).toBeUndefined();
    expect([labels.level, odd.level, internal.level]).toEqual(['note', 'note', 'error']);
    expect(odd.locations[0].physicalLocation.artifactLocation.uri).toBe('odd%20name/Dockerfile.dev');
    expect(internal.ruleIndex).toBe(4);
  });

  test('an invocation with the exit code; a failed run is not successful; automationDetails when asked', () => {
    expect(sarif(goldenReport()).runs[0].invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
    expect(sarif(goldenReport({ exitCode: 2 })).runs[0].invocations).toEqual([{ executionSuccessful: false, exitCode: 2 }]);
    expect(sarif(goldenReport()).runs[0].automationDetails).toBeUndefined();
    expect(sarif(goldenReport(), { automationId: 'dflint/api' }).runs[0].automationDetails).toEqual({ id: 'dflint/api' });
  });

  test('full descriptions stay within GitHub’s 1000 characters', () => {
    const long: RuleMeta = { ...GOLDEN_RULES[0], description: 'x'.repeat(1500) };
    const [rule] = sarif(goldenReport({ rules: [long] })).runs[0].tool.driver.rules;
    expect(rule.fullDescription.text).toHaveLength(MAX_FULL_DESCRIPTION);
  });

  test('a file outside the current directory gets an absolute file: URI, not a ../ path', () => {
    const report = goldenReport({ results: [{ file: '../elsewhere/Dockerfile', findings: goldenReport().results[0].findings.slice(0, 1) }] });
    const [result] = sarif(report).runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/Dockerfile' });
  });
});

if (!validate) announceSkip(`SARIF schema check: ${SARIF_SCHEMA} is absent (set DFLINT_SHARED)`);
