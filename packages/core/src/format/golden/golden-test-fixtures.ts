// A small fixed run for the format golden tests: three files, hand-written findings (so rule
// wording changes do not churn the goldens), awkward characters where escaping matters.
import type { Finding, RuleMeta } from '../../engine/rule';
import type { RunReport, SourcedResult } from '../report';

export const GOLDEN_CWD = '/repo';

const DOCS = 'https://github.com/dflint/dflint/blob/main/rules';

export const GOLDEN_RULES: RuleMeta[] = [
  { name: 'consecutive-run', description: 'consecutive RUNs that could be one RUN', category: 'layer-bloat', severity: 'warning', fixable: 'safe', aliases: ['DL3059'], docs: `${DOCS}/consecutive-run/README.md` },
  { name: 'package-cache', description: 'package-manager caches left in a layer', category: 'layer-bloat', severity: 'warning', fixable: false, aliases: ['DL3009'], docs: `${DOCS}/package-cache/README.md` },
  { name: 'maintainer-deprecated', description: 'MAINTAINER is deprecated', category: 'metadata', severity: 'warning', fixable: 'safe', aliases: ['MaintainerDeprecated'], docs: `${DOCS}/maintainer-deprecated/README.md` },
  { name: 'metadata-merge', description: 'consecutive LABELs that could be one', category: 'metadata', severity: 'style', fixable: 'safe', aliases: [], docs: `${DOCS}/metadata-merge/README.md` },
];

function at(line: number, character: number, endLine: number, endCharacter: number) {
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

export const API_DOCKERFILE = [
  'FROM debian:bookworm',
  'MAINTAINER Jane <jane@example.com>',
  'RUN apt-get update',
  'RUN apt-get install -y curl',
  'LABEL a=1',
  'LABEL b=2',
  '',
].join('\n');

export const API_FINDINGS: Finding[] = [
  {
    rule: 'maintainer-deprecated',
    severity: 'warning',
    message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="Jane <jane@example.com>"',
    range: at(1, 0, 1, 34),
    fix: {
      safety: 'safe',
      description: 'replace MAINTAINER with LABEL',
      edits: [{ range: at(1, 0, 1, 34), newText: 'LABEL org.opencontainers.image.authors="Jane <jane@example.com>"' }],
    },
  },
  {
    rule: 'consecutive-run',
    severity: 'warning',
    message: '2 consecutive RUNs (lines 3 and 4) can be one RUN: 1 layer fewer, saves ≥ 18.0 MiB',
    range: at(2, 0, 3, 27),
    wastedBytes: { value: 18874368, estimate: 'lower-bound' },
    related: [{ range: at(3, 0, 3, 3), message: 'can be merged into the RUN at line 3' }],
    fix: {
      safety: 'safe',
      description: 'merge the RUNs at lines 3 and 4',
      edits: [{ range: at(2, 0, 3, 27), newText: 'RUN apt-get update && \\\n    apt-get install -y curl' }],
    },
  },
  {
    rule: 'package-cache',
    severity: 'warning',
    message: 'apt-get at line 3 leaves apt package lists (/var/lib/apt/lists) in its layer',
    range: at(2, 4, 2, 18),
    wastedBytes: { value: 0, estimate: 'unknown' },
  },
  {
    rule: 'metadata-merge',
    severity: 'style',
    message: '2 consecutive LABELs (lines 5 and 6) can be one LABEL',
    range: at(4, 0, 5, 9),
    fix: { safety: 'safe', description: 'merge the LABELs at lines 5 and 6', edits: [{ range: at(4, 0, 5, 9), newText: 'LABEL a=1 b=2' }] },
  },
];

export const ODD_DOCKERFILE = ['FROM alpine', 'RUN echo "<&>" \'q\' 100% a,b:c', ''].join('\n');

export const ODD_FINDINGS: Finding[] = [
  {
    rule: 'package-cache',
    severity: 'info',
    message: 'odd text: <tag> & "double" \'single\' 100% a,b:c\nsecond line\ttab \u0007bell',
    range: at(1, 4, 1, 30),
  },
  { rule: 'internal-error', severity: 'error', message: 'rule x failed: TypeError: <boom>', range: at(0, 0, 0, 0) },
];

export const GOLDEN_RESULTS: SourcedResult[] = [
  { file: 'svc/api/Dockerfile', findings: API_FINDINGS, text: API_DOCKERFILE },
  { file: 'clean/Dockerfile', findings: [], text: 'FROM scratch\n' },
  { file: 'odd name/Dockerfile.dev', findings: ODD_FINDINGS, text: ODD_DOCKERFILE },
];

export function goldenReport(overrides: Partial<RunReport> = {}): RunReport {
  return { results: GOLDEN_RESULTS, rules: GOLDEN_RULES, cwd: GOLDEN_CWD, toolVersion: '1.2.3', exitCode: 1, ...overrides };
}
