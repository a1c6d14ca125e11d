import { defineRule } from '@dflint/core/rule-kit';
import { byInstruction, labelPairs, spanOf } from '../label-pairs';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why Docker's label key guidelines reject `key`, or undefined for a key that follows them (hadolint's DL3048 checks). */
export function labelKeyProblem(key: string): string | undefined {
  const reserved = RESERVED.find((prefix) => key.startsWith(prefix));
  if (reserved) return `the ${reserved} namespace is reserved for Docker`;
  const illegal = [...new Set(key.replace(/[a-z0-9.-]/g, ''))];
  if (illegal.length) return `${illegal.map((ch) => `'${ch}'`).join(', ')} ${illegal.length === 1 ? 'is' : 'are'} not allowed`;
  if (!/^[a-z]/.test(key)) return 'it must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'it must end with a lower-case letter or digit';
  if (/\.\.|--/.test(key)) return `'${/\.\.|--/.exec(key)![0]}' repeats a separator`;
  return undefined;
}

export default defineRule({
  meta: {
    name: 'invalid-label-key',
    description: "LABEL keys that break Docker's key format: lower-case letters, digits, '.' and '-', outside Docker's namespaces",
    category: 'metadata',
    severity: 'style',
    fixable: false,
    aliases: ['DL3048'],
  },
  check({ document, report }) {
    for (const labels of byInstruction(labelPairs(document, true))) {
      const bad = labels.flatMap((label) => {
        const problem = labelKeyProblem(label.key);
        return problem ? [{ label, problem }] : [];
      });
      if (bad.length === 0) continue;
      const what = bad.map(({ label, problem }) => `'${label.key}' (${problem})`).join(', ');
      report({
        range: spanOf(bad.map(({ label }) => label)),
        message: `invalid label key${bad.length > 1 ? 's' : ''} ${what}: use lower-case letters, digits, '.' and '-' in a reverse-DNS key of your own, e.g. org.example.version`,
      });
    }
  },
});
