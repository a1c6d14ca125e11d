import { atLeastBytes, defineRule, describeBytes, isArchiveName, lineOf, shippedStages, sumBytes, type Bytes, type Instruction, type StoredEntry } from '@dflint/core/rule-kit';
import { listFirst, sizeLabel } from '../wording';

/** never needed in an image, wherever they sit in the copied tree */
const ANYWHERE = new Set(['.git', '.hg', '.svn', 'node_modules', '__pycache__', '.venv']);
/** build output at the top of a copied directory (deeper, `build/` may well be a source package) */
const AT_TOP = new Set(['dist', 'build', 'target']);
const SHOWN = 3;

export default defineRule<{ maxFileBytes: number }>({
  meta: {
    name: 'copy-context-bloat',
    description: 'COPY/ADD of a directory that brings in .git, node_modules, build output, archives or huge files',
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: [],
    options: {
      maxFileBytes: { type: 'integer', minimum: 1, default: 10 * 1024 * 1024, description: 'A copied file larger than this many bytes is reported.' },
    },
  },
  check({ document, layers, options, report }) {
    const { maxFileBytes } = options;
    const shipped = shippedStages(document);
    for (const stage of layers.stages) {
      for (const step of stage.steps) {
        // most steps copy nothing from the context: no list is made for them (the editor runs this on every edit)
        if (!step.stored.some(copiedFromContext)) continue;
        const copied = step.stored.filter(copiedFromContext);
        const offenders = findOffenders(step.instruction, copied, maxFileBytes);
        if (offenders.length === 0) continue;
        // entries are sized one by one; a context read that hit a limit makes the sum a lower bound
        const sum = sumBytes(offenders.map((offender) => offender.bytes));
        const bytes = step.addedBytes.estimate === 'exact' ? sum : atLeastBytes(sum);
        const ships = shipped.has(stage.index);
        report({
          range: step.instruction.range,
          message:
            `${step.instruction.keyword} at line ${lineOf(step.instruction.range)} copies ${listOffenders(offenders)} ` +
            `from the build context; list ${offenders.length === 1 ? 'it' : 'them'} in .dockerignore` +
            (ships ? `: ${describeBytes(bytes)} wasted` : ` (${describeBytes(bytes)})`),
          ...(ships ? { wastedBytes: bytes } : {}),
        });
      }
    }
  },
});

function copiedFromContext(entry: StoredEntry): boolean {
  return entry.reason === 'copy' && entry.contextPath !== undefined;
}

interface Offender {
  /** context path: a directory with a trailing slash, or a file */
  name: string;
  bytes: Bytes;
}

function findOffenders(copy: Instruction, copied: StoredEntry[], maxFileBytes: number): Offender[] {
  const sources = copy.args.slice(0, -1).map((arg) => normaliseSource(arg.value));
  const byName = new Map<string, Bytes[]>();
  for (const entry of copied) {
    const name = offenderName(entry, sources, maxFileBytes);
    if (!name) continue;
    const sizes = byName.get(name);
    if (sizes) sizes.push(entry.bytes);
    else byName.set(name, [entry.bytes]);
  }
  return [...byName]
    .map(([name, sizes]) => ({ name, bytes: sumBytes(sizes) }))
    .sort((a, b) => b.bytes.value - a.bytes.value || a.name.localeCompare(b.name));
}

/** Why a copied file should have stayed out of the context, as the context path to ignore; or undefined. */
function offenderName(entry: StoredEntry, sources: string[], maxFileBytes: number): string | undefined {
  const segments = entry.contextPath!.split('/');
  const depth = sourceDepth(entry.contextPath!, sources);
  // a file named in the COPY, or a tree like `COPY node_modules …`, was asked for
  if (depth === undefined || depth >= segments.length) return undefined;
  if (segments.slice(0, depth).some((segment) => ANYWHERE.has(segment) || AT_TOP.has(segment))) return undefined;
  for (let i = depth; i < segments.length - 1; i++) {
    if (ANYWHERE.has(segments[i]) || (i === depth && AT_TOP.has(segments[i]))) return `${segments.slice(0, i + 1).join('/')}/`;
  }
  if (isArchiveName(entry.contextPath!) || entry.bytes.value > maxFileBytes) return entry.contextPath;
  return undefined;
}

/** How many leading segments of `contextPath` the COPY source that matched it names; undefined when none did. */
function sourceDepth(contextPath: string, sources: string[]): number | undefined {
  let best: number | undefined;
  for (const source of sources) {
    const depth = source === '' ? 0 : source.split('/').length;
    const literal = !/[*?[]/.test(source);
    const matches = literal
      ? source === '' || contextPath === source || contextPath.startsWith(`${source}/`)
      : contextPath.split('/').length >= depth;
    if (matches && (best === undefined || depth > best)) best = depth;
  }
  return best;
}

/** `./app/` → `app`, `.` → `` (the whole context). */
function normaliseSource(source: string): string {
  const trimmed = source.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '.' ? '' : trimmed.replace(/^\/+/, '');
}

function listOffenders(offenders: Offender[]): string {
  return listFirst(offenders.map((offender) => `${offender.name} (${sizeLabel(offender.bytes)})`), SHOWN);
}
