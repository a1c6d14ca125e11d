import { formatCodeclimate } from './codeclimate';
import { formatCompact } from './compact';
import { escapeData, escapeProperty, formatGithub } from './github';
import { formatGitlab } from './gitlab';
import { goldenReport, GOLDEN_RESULTS } from './golden/golden-test-fixtures';

describe('formatGitlab', () => {
  test('Code Quality issues with the required fields, one-line descriptions, unique fingerprints', () => {
    const issues = JSON.parse(formatGitlab(goldenReport()));
    expect(issues).toHaveLength(6);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
      expect(issue.description).not.toMatch(/[\n\u0007]/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
    }
    expect(issues[1]).toMatchObject({ check_name: 'consecutive-run', severity: 'major', location: { path: 'svc/api/Dockerfile', lines: { begin: 3, end: 4 } } });
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(['major', 'major', 'major', 'info', 'minor', 'critical']);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(6);
    expect(JSON.parse(formatGitlab(goldenReport({ results: [] })))).toEqual([]);
  });
});

describe('formatCodeclimate', () => {
  test('NUL-terminated issues (engine spec) with categories, positions, other locations', () => {
    const text = formatCodeclimate(goldenReport());
    expect(text.endsWith('\0\n')).toBe(true);
    const issues = text.split('\0\n').filter(Boolean).map((chunk) => JSON.parse(chunk));
    expect(issues).toHaveLength(6);
    expect(issues[1]).toMatchObject({
      type: 'issue',
      check_name: 'consecutive-run',
      categories: ['Performance'],
      severity: 'major',
      location: { path: 'svc/api/Dockerfile', positions: { begin: { line: 3, column: 1 }, end: { line: 4, column: 28 } } },
      other_locations: [{ path: 'svc/api/Dockerfile', positions: { begin: { line: 4, column: 1 } } }],
    });
    expect(issues[1].content.body).toContain('consecutive-run/README.md');
    expect(issues[3].categories).toEqual(['Style']);
    expect(issues[5]).toMatchObject({ check_name: 'internal-error', categories: ['Bug Risk'] });
    expect(issues.map((i) => i.fingerprint)).toEqual(JSON.parse(formatGitlab(goldenReport())).map((i: { fingerprint: string }) => i.fingerprint));
  });
});

describe('formatGithub', () => {
  test('escapes data (%, CR, LF) and properties (also , and :) as GitHub does', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  test('one command per finding; severities map to error/warning/notice; columns only on one-line findings', () => {
    const lines = formatGithub(goldenReport()).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe('::warning file=svc/api/Dockerfile,line=3,endLine=4,title=consecutive-run::2 consecutive RUNs (lines 3 and 4) can be one RUN: 1 layer fewer, saves ≥ 18.0 MiB');
    expect(lines[2]).toBe('::warning file=svc/api/Dockerfile,line=3,col=5,endLine=3,endColumn=19,title=package-cache::apt-get at line 3 leaves apt package lists (/var/lib/apt/lists) in its layer');
    expect(lines[3]).toMatch(/^::notice /);
    expect(lines[5]).toMatch(/^::error file=odd name\/Dockerfile.dev,line=1,/);
    expect(lines[4]).toContain('::odd text: <tag> & "double" \'single\' 100%25 a,b:c%0Asecond line');
  });

  test('a path with , or : is escaped as a property', () => {
    const [result] = GOLDEN_RESULTS;
    const text = formatGithub(goldenReport({ results: [{ ...result, file: 'a,b:c/Dockerfile', findings: result.findings.slice(0, 1) }] }));
    expect(text).toMatch(/^::warning file=a%2Cb%3Ac\/Dockerfile,line=2,/);
  });
});

describe('formatCompact', () => {
  test('file:line:col: severity: message [rule], one line each, nothing for a clean run', () => {
    const lines = formatCompact(GOLDEN_RESULTS).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('svc/api/Dockerfile:2:1: warning: MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="Jane <jane@example.com>" [maintainer-deprecated]');
    expect(lines[4]).toMatch(/^odd name\/Dockerfile\.dev:2:5: info: odd text: .* second line tab {2}bell \[package-cache\]$/);
    expect(formatCompact([{ file: 'Dockerfile', findings: [] }])).toBe('');
  });
});
