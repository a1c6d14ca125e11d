import { defineRule, joinWords, parseImageReference, ReferenceError, stageNamed, type Flag, type Range } from '@dflint/core/rule-kit';
import { fromParts } from '../stages-shared';

export default defineRule<{ registries: readonly string[] }>({
  meta: {
    name: 'untrusted-registry',
    description: 'FROM, COPY --from or RUN --mount from= pulling an image from a registry not in the trusted list',
    category: 'correctness',
    severity: 'error',
    fixable: false,
    aliases: ['DL3026'],
    options: {
      registries: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'The registries images may come from (`docker.io`, `ghcr.io`); `*` matches any, `*.example.com` any name ending so, `registry.*` any name starting so. Empty (the default): the rule checks nothing. hadolint\'s `trustedRegistries`.',
      },
    },
  },
  check({ document, options, report }) {
    const trusted = options.registries;
    if (trusted.length === 0) return;
    const untrusted = (reference: string): string | undefined => {
      const registries = registriesOf(reference);
      if (!registries) return undefined;
      return registries.some((registry) => trusted.some((pattern) => matches(pattern, registry))) ? undefined : registries[0];
    };
    const trustedList = joinWords(trusted.map((pattern) => pattern));
    for (const stage of document.stages) {
      const { image } = fromParts(stage.from);
      if (image && stage.baseStage === undefined && image.value.toLowerCase() !== 'scratch') {
        const registry = untrusted(image.value);
        if (registry) report({ range: image.range, message: `FROM ${image.value} pulls from ${registry}, which is not a trusted registry (${trustedList})` });
      }
      for (const instruction of stage.instructions) {
        const pulls: Array<{ flag: Flag; reference: string; registry: string }> = [];
        for (const flag of instruction.flags) {
          const reference = imageFlagValue(instruction.keyword, flag);
          // a stage, by name or index, is no image
          if (!reference || stageNamed(document, reference) !== undefined) continue;
          const registry = untrusted(reference);
          if (registry) pulls.push({ flag, reference, registry });
        }
        if (pulls.length === 0) continue;
        const range: Range = pulls[0].flag.range;
        const what = pulls.map((pull) => `${pull.reference} (from ${pull.registry})`);
        const flag = instruction.keyword === 'COPY' ? 'COPY --from' : 'RUN --mount from=';
        report({ range, message: `${flag} pulls ${joinWords(what)}, not a trusted registry (${trustedList})` });
      }
    }
  },
});

/** The image a COPY --from or a RUN --mount from= names. */
function imageFlagValue(keyword: string, flag: Flag): string | undefined {
  if (flag.value === null) return undefined;
  if (keyword === 'COPY' && flag.name === 'from') return flag.value;
  if (keyword !== 'RUN' || flag.name !== 'mount') return undefined;
  const field = flag.value.split(',').find((part) => part.trim().toLowerCase().startsWith('from='));
  return field?.slice(field.indexOf('=') + 1).trim();
}

/** The registries an image may be said to come from: Docker Hub's two names for a reference without one; none for a variable or a malformed name. */
function registriesOf(reference: string): string[] | undefined {
  if (reference.includes('$')) return undefined;
  try {
    const parsed = parseImageReference(reference);
    const explicit = reference.split('/').length > 1 && parsed.registry !== 'docker.io' ? true : reference.toLowerCase().startsWith('docker.io/') || reference.toLowerCase().startsWith('index.docker.io/');
    return explicit ? [parsed.registry] : ['docker.io', 'hub.docker.com'];
  } catch (error) {
    if (error instanceof ReferenceError) return undefined;
    throw error;
  }
}

/** hadolint's matchRegistry: `*`, `*suffix`, `prefix*`, or the name itself. */
function matches(pattern: string, registry: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1));
  return registry === pattern;
}
