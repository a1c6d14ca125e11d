import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

// The shape the project keeps as it grows: no import cycles between source files (type-only
// imports included: a type cycle is still two modules that cannot be understood apart), and small
// source files.

const ROOT = path.resolve(__dirname, '..');
const PROJECTS = ['packages/core', 'packages/config', 'packages/cli', 'packages/language-server', 'packages/vscode', 'rules'];
const MAX_LINES = 300;

/** The files a project's tsconfig builds (for a package: the shipped source, without tests and test helpers). */
function builtFiles(project: string, configName = 'tsconfig.json'): string[] {
  const configPath = path.join(ROOT, project, configName);
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath)).fileNames.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => path.resolve(file));
}

const sources = PROJECTS.flatMap((project) => builtFiles(project)).filter((file) => !file.endsWith('.generated.ts'));

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && sources.includes(candidate)) return candidate;
  }
  return undefined;
}

/** Each source file's imports of other source files (relative specifiers; packages are entry points). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one file (or a file importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const relative = (file: string) => path.relative(ROOT, file);

describe('architecture', () => {
  test('the source files were found', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  test('no import cycles between source files', () => {
    const found = cycles(importGraph()).map((component) => component.map(relative).sort().join(' → '));
    expect(found).toEqual([]);
  });

  test(`every file, tests included, has at most ${MAX_LINES} lines`, () => {
    const long = [...new Set([...sources, ...builtFiles('.', 'tsconfig.test.json')])]
      .filter((file) => !file.endsWith('.generated.ts'))
      .map((file) => ({ file: relative(file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  test("rules build with the rule kit only; core and the language server import no tool package", () => {
    const packageImports = (file: string) =>
      ts.preProcessFile(readFileSync(file, 'utf8'), true, false).importedFiles.map((imported) => imported.fileName).filter((name) => !name.startsWith('.') && !name.startsWith('node:'));
    const wrong: string[] = [];
    for (const file of sources) {
      const where = relative(file);
      for (const name of packageImports(file)) {
        if (where.startsWith('rules/') && name.startsWith('@dflint/') && name !== '@dflint/core/rule-kit') wrong.push(`${where}: ${name}`);
        if (where.startsWith('packages/core/') && (name.startsWith('@dflint/') || name === 'dflint')) wrong.push(`${where}: ${name}`);
        if (where.startsWith('packages/language-server/') && name === 'dflint') wrong.push(`${where}: ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the cycle finder finds a cycle', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph).map((component) => component.sort())).toEqual([['a', 'b', 'c']]);
  });
});
