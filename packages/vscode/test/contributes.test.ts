import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { DEFAULT_SETTINGS, readSettings } from '../../language-server/src/settings';
import manifest from '../package.json';
import { README_PATH, expectedReadme } from '../scripts/readme-settings';

const SETTINGS_SOURCE = path.resolve(__dirname, '../../language-server/src/settings.ts');
/** read by the extension (or vscode-languageclient), not by the server */
const CLIENT_SETTINGS = ['dflint.server.path', 'dflint.trace.server'];
/** a value different from the default, per server setting */
const SAMPLES: Record<string, unknown> = {
  'dflint.rules': { 'consecutive-run': 'off' },
  'dflint.context': 'build',
  'dflint.inlayHints.enabled': false,
  'dflint.offline': true,
  'dflint.maxLines': 10,
  'dflint.maxBytes': 1000,
  'dflint.debounceMs': 0,
};

const contributed = manifest.contributes.configuration.properties as Record<string, { default?: unknown }>;
const serverSettings = Object.keys(contributed).filter((key) => !CLIENT_SETTINGS.includes(key));

/** The leaf property names of the server's `Settings` interface, dotted: `inlayHints.enabled`. */
function serverSettingNames(): string[] {
  const source = ts.createSourceFile(SETTINGS_SOURCE, readFileSync(SETTINGS_SOURCE, 'utf8'), ts.ScriptTarget.Latest, true);
  const settings = source.statements.find((node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'Settings');
  if (!settings) throw new Error(`no Settings interface in ${SETTINGS_SOURCE}`);
  const leaves = (members: ts.NodeArray<ts.TypeElement>, prefix: string): string[] =>
    members.flatMap((member) => {
      const name = `${prefix}${member.name!.getText(source)}`;
      const type = ts.isPropertySignature(member) ? member.type : undefined;
      return type && ts.isTypeLiteralNode(type) ? leaves(type.members, `${name}.`) : [name];
    });
  return leaves(settings.members, '');
}

/** `{ 'dflint.inlayHints.enabled': false }` → the `dflint` section as VS Code sends it: `{ inlayHints: { enabled: false } }` */
function section(values: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const names = key.split('.').slice(1);
    let node = root;
    for (const name of names.slice(0, -1)) node = (node[name] ??= {}) as Record<string, unknown>;
    node[names[names.length - 1]] = value;
  }
  return root;
}

const valueAt = (settings: object, key: string): unknown =>
  key.split('.').slice(1).reduce<unknown>((node, name) => (node as Record<string, unknown> | undefined)?.[name], settings);

describe('the extension contributes the settings the server reads', () => {
  test('every field of the server Settings, and nothing else but the client-side settings', () => {
    expect(serverSettingNames().map((name) => `dflint.${name}`).sort()).toEqual([...serverSettings].sort());
    expect(Object.keys(contributed)).toEqual(expect.arrayContaining(CLIENT_SETTINGS));
  });

  test('the contributed defaults read as the server defaults', () => {
    const defaults = Object.fromEntries(serverSettings.map((key) => [key, contributed[key].default]));
    expect(readSettings(section(defaults))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test.each(serverSettings)('%s reaches the server under its name', (key) => {
    expect(SAMPLES).toHaveProperty([key]);
    const { settings, problems } = readSettings(section({ [key]: SAMPLES[key] }));
    expect(problems).toEqual([]);
    expect(valueAt(settings, key)).toBeDefined();
    expect(valueAt(settings, key)).not.toEqual(valueAt(DEFAULT_SETTINGS, key));
  });

  test('.dflintrc.json is validated with the schema the build copies beside the bundle', () => {
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: '.dflintrc.json', url: './dist/dflint.schema.json' }]);
  });
});

test("the README's settings table is the one package.json contributes (npm run docs writes it)", () => {
  expect(readFileSync(README_PATH, 'utf8')).toBe(expectedReadme());
});
