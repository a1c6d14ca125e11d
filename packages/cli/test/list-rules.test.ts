import { rules } from '@dflint/rules';
import { runCli } from './run-cli';

describe('--list-rules --format json', () => {
  test('prints every rule with its severity, fix, category, description, codes and default', () => {
    const run = runCli(['--list-rules', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const listed = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(listed.map((entry) => entry.name)).toEqual(rules.map((rule) => rule.meta.name));
    expect(listed.find((entry) => entry.name === 'consecutive-run')).toEqual({
      name: 'consecutive-run',
      severity: expect.stringMatching(/^(error|warning|info|style|off)$/),
      enabledByDefault: expect.any(Boolean),
      fix: 'safe',
      category: expect.any(String),
      description: expect.any(String),
      aliases: ['DL3059'],
      docs: expect.stringContaining('consecutive-run'),
    });
    expect(listed.find((entry) => entry.name === 'package-cache')?.aliases).toContain('DL3042');
  });

  test('the table stays the default; a format it cannot print is a usage error', () => {
    expect(runCli(['--list-rules']).stdout).toMatch(/^consecutive-run\s+\w+\s+fix:safe/m);
    const run = runCli(['--list-rules', '--format', 'sarif']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dflint: --list-rules prints a table, or JSON with --format json \(got --format sarif\)\n/);
  });
});
