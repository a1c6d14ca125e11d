import * as fs from 'fs';
import * as path from 'path';
import { announceSkip, SHARED } from '../test-shared';
import { parseDockerfile } from './dockerfile';

// hadolint's DL1000 spec cases (files it cannot parse), read from ../shared: each must be a problem here
// too (both are misspelt keywords: FOM, RUNNN)
const casesFile = path.join(SHARED, 'hadolint-cases/cases.json');
const available = fs.existsSync(casesFile);
if (!available) announceSkip(`hadolint DL1000 cases: ${casesFile} is absent (set DFLINT_SHARED to the shared folder)`);

interface HadolintCase {
  rule: string;
  dockerfile: string;
  expect: 'catches' | 'not';
  name: string;
}

const cases = available ? (JSON.parse(fs.readFileSync(casesFile, 'utf8')) as HadolintCase[]).filter((c) => c.rule === 'DL1000' && c.expect === 'catches') : [];

(available ? describe : describe.skip)("hadolint's parse-error cases", () => {
  it('has some', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const problems = parseDockerfile(c.dockerfile).problems.map((p) => p.message);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^unknown instruction: \w+ \(did you mean \w+\?\)$/)]));
  });
});
