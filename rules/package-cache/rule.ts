import {
  cleanupText,
  defineRule,
  describeBytes,
  joinWords,
  lineOf,
  packageCommand,
  rangeKey,
  sameRange,
  shippedLayers,
  storedEntries,
  sumBytes,
  triggerStored,
  refuse,
  type Cleanup,
  type Instruction,
  type ParsedDocument,
  type PlacedEntry,
} from '@dflint/core/rule-kit';
import { cacheFix, type Cache } from './cache-fix';
import { attemptedCleanup } from './attempted-cleanup';

/** The hadolint code of each manager's cache check; a finding carries the code of its manager only. */
const HADOLINT_CODE_BY_MANAGER: Readonly<Record<string, string>> = {
  apt: 'DL3009',
  apk: 'DL3019',
  yum: 'DL3032',
  zypper: 'DL3036',
  dnf: 'DL3040',
  dnf5: 'DL3040',
  microdnf: 'DL3040',
  pip: 'DL3042',
  yarn: 'DL3060',
};

export default defineRule({
  meta: {
    name: 'package-cache',
    description: 'package-manager caches and lists left in a layer (apt, apk, yum/dnf, pip, npm, yarn, …)',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: 'safe',
    aliases: [...new Set(Object.values(HADOLINT_CODE_BY_MANAGER))].sort(),
    aliasesPerFinding: true,
  },
  check({ document, layers, report }) {
    for (const stage of shippedLayers(document, layers)) {
      // the model stores only what survives the RUN: same-RUN cleanups, no-cache flags and cache/tmpfs mounts store nothing
      for (const caches of byCommand(storedEntries(stage))) {
        const [first] = caches;
        const { range } = first.effect;
        const run = stage.steps[first.step].instruction;
        const command = commandWords(document, run, first.effect);
        const attempt = attemptedCleanup(document, run, first.effect);
        const laterDelete = caches.find((cache) => cache.entry.shadowedBy)?.entry.shadowedBy;
        const deleted = laterDelete
          ? `, and the delete at line ${lineOf(laterDelete.effect.range)} does not shrink that layer`
          : '';
        const what = joinWords(caches.map(({ effect }) => `${effect.what} (${effect.dir})`));
        const bytes = sumBytes(caches.map(({ entry }) => entry.bytes));
        // the figure, when package metadata or the model gives one (`≈ 18.1 MiB of apt package lists`)
        const amount = bytes.estimate === 'unknown' ? '' : `${describeBytes(bytes)} of `;
        report({
          range,
          message: `\`${command}\` at line ${lineOf(range)} leaves ${amount}${what} in its layer${deleted}${attempt ? `; ${attempt}` : ''}; ${advice(caches.map(({ effect }) => effect))}`,
          wastedBytes: bytes,
          fix: () => cacheFix(document, stage, caches),
          aliases: attempt ? [] : codesOf(caches),
        });
      }
    }
    for (const onbuild of document.instructions) {
      if (onbuild.trigger?.keyword !== 'RUN') continue;
      const stored = triggerStored(document, onbuild).map((entry) => ({ entry, step: -1 }));
      for (const caches of byCommand(stored)) {
        const { range } = caches[0].effect;
        const command = commandWords(document, onbuild.trigger, caches[0].effect);
        const what = joinWords(caches.map(({ effect }) => `${effect.what} (${effect.dir})`));
        const attempt = attemptedCleanup(document, onbuild.trigger, caches[0].effect);
        report({
          range,
          message: `\`${command}\` in ONBUILD at line ${lineOf(range)} leaves ${what} in the layer of every image built from this one${attempt ? `; ${attempt}` : ''}; ${advice(caches.map(({ effect }) => effect))}`,
          wastedBytes: sumBytes(caches.map(({ entry }) => entry.bytes)),
          fix: refuse('an ONBUILD trigger runs in the images built from this one: whether their later RUNs need the cache is not known here'),
          aliases: attempt ? [] : codesOf(caches),
        });
      }
    }
  },
});

function codesOf(caches: readonly Cache[]): string[] {
  return [...new Set(caches.flatMap(({ effect }) => HADOLINT_CODE_BY_MANAGER[effect.manager] ?? []))];
}

/** `apt-get update`, `pip install`, `zypper install`: the command that wrote the cache, as a manager names it (not an option after the program). */
function commandWords(document: ParsedDocument, run: Instruction, effect: Cache['effect']): string {
  const written = document.shellScripts(run).flatMap((script) => script.commands).find((each) => sameRange(each.range, effect.range));
  const found = written && packageCommand(written, { throughWrappers: true });
  return found ? [found.program, found.subcommand].filter((word) => word !== undefined).join(' ') : effect.command;
}

/** The stored caches, one group per command that wrote them (`go build` fills two). */
function byCommand(entries: PlacedEntry[]): Cache[][] {
  const groups = new Map<string, Cache[]>();
  for (const { entry, step } of entries) {
    const effect = entry.effect;
    if (entry.reason !== 'cache' || effect.kind !== 'cache-write') continue;
    const key = rangeKey(effect.range);
    const group = groups.get(key);
    if (group) group.push({ entry, effect, step });
    else groups.set(key, [{ entry, effect, step }]);
  }
  return [...groups.values()];
}

/** `in the same RUN, use `dnf clean all` (or `rm -rf /var/cache/dnf`)`, from the caches' suggested cleanups. */
function advice(effects: Cache['effect'][]): string {
  const suggestions = [...new Set(effects.flatMap((effect) => (effect.cleanup.length > 0 ? [quoted(effect.cleanup)] : [])))];
  if (suggestions.length === 0) return 'clean up in the same RUN';
  return `in the same RUN, use ${joinWords(suggestions)}`;
}

/** `` `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`) ``: the first way, then the others. */
function quoted([first, ...others]: readonly Cleanup[]): string {
  const alternatives = others.map((cleanup) => `\`${cleanupText(cleanup)}\``);
  return `\`${cleanupText(first)}\`${alternatives.length > 0 ? ` (or ${alternatives.join(', or ')})` : ''}`;
}
