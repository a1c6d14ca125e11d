import { HADOLINT_OPTIONS } from '../src/hadolint-flags';
import { LAYERS_OPTIONS } from '../src/layers-options';
import { LINT_OPTIONS } from '../src/lint-options';
import { readPlainCommandLine } from '../src/plain-argv';
import { REGISTRY_OPTIONS } from '../src/registry/registry-options';
import { parseWithYargs } from '../src/yargs-command-line';

// A plain command line (a lint, or `dflint layers`) is read without yargs (plain-argv.ts): it must
// give exactly yargs' command and argv, and leave every command line it does not fully understand to yargs.

type OptionTable = Record<string, { alias?: string; type?: string; array?: boolean; choices?: readonly string[] }>;
const OPTIONS: OptionTable = { ...REGISTRY_OPTIONS, ...HADOLINT_OPTIONS, ...LINT_OPTIONS };
const LAYERS: OptionTable = { ...REGISTRY_OPTIONS, ...LAYERS_OPTIONS };

/** A value yargs takes as it is for each option (a choice, a count, or text that is not a number). */
function sampleValue(name: string, options = OPTIONS): string {
  const spec = options[name];
  if (spec.choices) return spec.choices[spec.choices.length - 1];
  return spec.type === 'number' ? '3' : `${name}.value`;
}

/** Every option under every name it can be typed as, alone and in the --name=value form. */
function eachOptionEachName(options = OPTIONS): string[][] {
  const lines: string[][] = [];
  for (const [name, spec] of Object.entries(options)) {
    if (name === 'no-fail') continue; // yargs reads --no-* as a negation: left to it (below)
    const typed = [`--${name}`, ...(spec.alias ? [spec.alias.length === 1 ? `-${spec.alias}` : `--${spec.alias}`] : [])];
    for (const flag of typed) {
      if (spec.type === 'boolean') {
        lines.push([flag, 'Dockerfile'], ['Dockerfile', flag]);
        continue;
      }
      const value = sampleValue(name, options);
      lines.push([flag, value, 'Dockerfile'], ['a/Dockerfile', flag, value, 'b.Dockerfile']);
      if (flag.startsWith('--')) lines.push([`${flag}=${value}`, 'Dockerfile']);
      // repeated: an array option adds a value, another option becomes an array of its values (yargs' duplicate-arguments-array)
      if (spec.type !== 'number') lines.push([flag, value, `--${name}`, value, 'Dockerfile']);
    }
  }
  return lines;
}

const PLAIN: string[][] = [
  [],
  ['Dockerfile'],
  ['.'],
  ['-'],
  ['-', '--stdin-filename', 'api/Dockerfile'],
  ["services/*/Dockerfile", '**/*.Dockerfile', 'Dockerfile.{dev,prod}'],
  ['--format', 'stylish', '--format', 'sarif', '-o', 'dflint.sarif', '.'],
  ['-f', 'json', '-f', 'github', '-o', 'out.json', 'a', 'b'],
  ['--disable', 'DL3059', 'Dockerfile'],
  ['--disable', 'consecutive-run,DL3008', '--ignore', 'DL3009', '-t', 'error', 'Dockerfile'],
  ['--rule=a', '--rule', 'b', 'c', '--rule=d'],
  ['--jobs', '1', '--max-warnings=0', '-q', 'x'],
  ['-j', '12', '.'],
  ['--context', '123', '--max-file-size', '20MB', '--network-budget', '0', 'Dockerfile'],
  ['--config', 'a.yaml', '-c', 'b.yaml', 'Dockerfile'],
  ['--fix', '--unsafe-fixes', '--fix-read-only', 'Dockerfile'],
  ['--fix-dry-run', '--color', 'Dockerfile'],
  ['--offline', '--registry-mirror', 'docker.io=https://m.example.com', '--insecure-registry=localhost:5000', '--platform', 'linux/arm64'],
  ['--trusted-registry', 'docker.io', '--require-label', 'version:semver', '--strict-labels', '--error', 'DL3008', '--warning=DL3009', '--info', 'x', '--style', 'y'],
  ['--disable-ignore-pragma', '--fail', '--list-rules', '--init', '--print-config', 'Dockerfile'],
  ['--ignore-pattern', 'vendor/**', '--ignore-pattern=*.tmp', 'Dockerfile'],
  ['--stdin-filename=x', 'file with spaces', 'ünïcode/Dockerfile', 'a=b', 'layers.Dockerfile'],
  ...eachOptionEachName(),
];

const PLAIN_LAYERS: string[][] = [
  [],
  ['Dockerfile'],
  ['-', '--context', '.'],
  ['a/Dockerfile', 'b/Dockerfile', '--format', 'json'],
  ['-f', 'table', '-c', 'ctx', '--target', 'runtime', 'Dockerfile'],
  ['--target=0', '--max-file-size', '20MB', '--color', 'Dockerfile'],
  ['--target', '1', 'Dockerfile'],
  ['--offline', '--platform', 'linux/arm64', '--registry-mirror', 'docker.io=https://m.example.com', 'Dockerfile'],
  ...eachOptionEachName(LAYERS),
].map((argv) => ['layers', ...argv]);

const LEFT_TO_YARGS: string[][] = [
  ['--help'],
  ['-h'],
  ['--version'],
  ['-v'],
  ['help'],
  ['Dockerfile', 'help'],
  ['-q', 'help'],
  ['Dockerfile', 'layers'],
  ['layers', '--help'],
  ['layers', '-h'],
  ['layers', 'help'],
  ['layers', 'layers'],
  ['layers', 'Dockerfile', '--format', 'stylish'],
  ['layers', '--jobs', '2'],
  ['layers', '--fix', 'Dockerfile'],
  ['layers', '--no-color'],
  ['layers', '-c'],
  ['layers', '--', 'x'],
  ['--format', 'json', 'layers'],
  ['--', '--weird-file'],
  ['--no-color', 'Dockerfile'],
  ['--no-fail', 'Dockerfile'],
  ['--fix=false', 'Dockerfile'],
  ['--fix', 'true'],
  ['--quiet', '--quiet'],
  ['--jobs', '2', '--jobs', '3'],
  ['--jobs', 'two'],
  ['--jobs', '0x10'],
  ['--max-warnings', '-1'],
  ['--format', 'nope'],
  ['--format'],
  ['--format='],
  ['-o', '-'],
  ['--output-file', '--format'],
  ['-qf', 'json'],
  ['-f=json'],
  ['--unknown'],
  ['--failureThreshold', 'error'],
  ['--list-rules.x'],
  ['10'],
  ['.5'],
  [''],
];

/** Command lines of words a user might type, in any order (seeded: the same lines each run); every other one a `layers` command. */
function shuffledCommandLines(count: number): string[][] {
  const wordsOf = (options: OptionTable) => [
    ...Object.entries(options).flatMap(([name, spec]) => [`--${name}`, ...(spec.alias ? [spec.alias.length === 1 ? `-${spec.alias}` : `--${spec.alias}`] : []), sampleValue(name, options)]),
    'Dockerfile', '.', '-', 'a b', 'help', 'layers', '--', '--no-color', 'true', '10', '0x1', '', '-qf', '--format=json', '--jobs=2', '--fix=true', 'json', 'error',
  ];
  const lint = wordsOf(OPTIONS);
  const layers = wordsOf(LAYERS);
  let seed = 18;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const words = i % 2 ? layers : lint;
    const line = Array.from({ length: Math.floor(next() * 7) }, () => words[Math.floor(next() * words.length)]);
    return i % 2 ? ['layers', ...line] : line;
  });
}

describe('a plain command line read without yargs', () => {
  test('on shuffled command lines: yargs gives the same command and argv wherever the plain reader gives one', async () => {
    const read = { lint: 0, layers: 0 };
    for (const argv of shuffledCommandLines(3000)) {
      const plain = readPlainCommandLine(argv);
      if (!plain) continue;
      read[plain.command]++;
      const parsed = await parseWithYargs(argv, () => undefined);
      expect({ argv, parsed }).toEqual({ argv, parsed: plain });
    }
    // the reader must take a fair share of them, or the comparison shows little
    expect(read.lint).toBeGreaterThan(150);
    expect(read.layers).toBeGreaterThan(150);
  });

  test.each(PLAIN.map((argv) => [argv.join(' ') || '(no arguments)', argv]))('%s: the argv yargs gives', async (_, argv) => {
    const plain = readPlainCommandLine(argv);
    expect(plain?.command).toBe('lint');
    expect(plain).toEqual(await parseWithYargs(argv, () => undefined));
  });

  test.each(PLAIN_LAYERS.map((argv) => [argv.join(' '), argv]))('%s: the argv yargs gives', async (_, argv) => {
    const plain = readPlainCommandLine(argv);
    expect(plain?.command).toBe('layers');
    expect(plain).toEqual(await parseWithYargs(argv, () => undefined));
  });

  test.each(LEFT_TO_YARGS.map((argv) => [argv.join(' '), argv]))('%s: left to yargs', (_, argv) => {
    expect(readPlainCommandLine(argv)).toBeUndefined();
  });
});
