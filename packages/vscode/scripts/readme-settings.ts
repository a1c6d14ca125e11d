import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

// The settings table of the extension's README, generated from package.json `contributes` so the
// Marketplace page cannot drift from what the extension offers (npm run docs writes it).

export const README_PATH = path.resolve(__dirname, '../README.md');
const MANIFEST_PATH = path.resolve(__dirname, '../package.json');
const START = '<!-- settings: generated from package.json by scripts/readme-settings.ts (npm run docs) -->';
const END = '<!-- end settings -->';

interface Setting {
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  enum?: string[];
}

interface Manifest {
  contributes: { configuration: { properties: Record<string, Setting> } };
}

export function settingsTable(manifest: Manifest): string {
  const rows = Object.entries(manifest.contributes.configuration.properties).map(([name, setting]) => {
    const description = (setting.markdownDescription ?? setting.description ?? '').replace(/\|/g, '\\|');
    const values = setting.enum ? ` One of ${setting.enum.map((value) => `\`${value}\``).join(', ')}.` : '';
    return `| \`${name}\` | \`${JSON.stringify(setting.default)}\` | ${description}${values} |`;
  });
  return ['| setting | default | description |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the text between the settings markers replaced by the table for `manifest`. */
export function withSettingsTable(readme: string, manifest: Manifest): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README_PATH}: the settings markers are missing (${START} … ${END})`);
  return `${readme.slice(0, start + START.length)}\n${settingsTable(manifest)}\n${readme.slice(end)}`;
}

export function readManifest(): Manifest & { version: string; icon: string } {
  return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
}

/** The README as it should be: the committed one when it is current. */
export function expectedReadme(): string {
  return withSettingsTable(readFileSync(README_PATH, 'utf8'), readManifest());
}

if (require.main === module) writeFileSync(README_PATH, expectedReadme());
