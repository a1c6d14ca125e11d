import { defineStageRule, expandVariables, fixRemovals, joinWords, ok, refuse, stageEnvironments, type Arg } from '@dflint/core/rule-kit';
import { inCaseOf } from '../instruction-shared';

/** Names hadolint takes for archives ADD unpacks (its archiveFileFormatExtensions), and .tzst/.zst/.lz4 BuildKit also reads. */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|tzst|zst|lz4)$/;
/** What ADD fetches and COPY cannot: URLs and git repositories. */
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
/** Flags only ADD takes: with one of them, the instruction cannot become a COPY. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);
/** Flags COPY takes as ADD does. */
const SHARED_FLAGS = new Set(['chown', 'chmod', 'link', 'exclude']);

export default defineStageRule({
  meta: {
    name: 'add-instead-of-copy',
    description: 'ADD of local files or folders that are not archives: COPY does the same, without surprises',
    category: 'correctness',
    severity: 'error',
    fixable: 'safe',
    aliases: ['DL3020'],
  },
  checkStage({ document, instructions, report }) {
    for (const add of instructions.filter((instruction) => instruction.keyword === 'ADD')) {
      const sources: Arg[] = add.args.slice(0, -1);
      if (sources.length === 0) continue;
      // a variable is read by its value; one whose value is not known here (`ADD $TARBALL /opt/`) may be an archive
      // the environments of every stage are worked out once per document, when an ADD names a variable
      const env = sources.some((source) => source.value.includes('$')) ? stageEnvironments(document).get(add)?.env ?? new Map<string, string>() : new Map<string, string>();
      const values = sources.map((source) => (source.value.includes('$') ? expandVariables(source.value, env, { escapeChar: document.escapeChar }) : { value: source.value, unknown: [] }));
      if (values.some((value) => value.unknown.length > 0)) continue;
      // hadolint: one local source that is not an archive is enough (ADD would copy it as is)
      const plain = sources.filter((_source, index) => !ARCHIVE.test(values[index].value) && !REMOTE.test(values[index].value));
      if (plain.length === 0) continue;
      const onlyPlain = plain.length === sources.length;
      const addOnly = add.flags.find((flag) => ADD_ONLY_FLAGS.has(flag.name) || !SHARED_FLAGS.has(flag.name));
      const copy = inCaseOf(document.lines.textIn(add.keywordRange), 'COPY');
      const named = plain.map((source) => (source.value.startsWith('<<') ? `the heredoc \`${source.value}\`` : `\`${source.value}\``));
      report({
        range: add.keywordRange,
        message: `ADD of local ${joinWords(named)} only copies: use COPY${onlyPlain ? '' : ', in an instruction of its own'} (ADD also unpacks archives and fetches URLs, so a reader has to check which it does)`,
        fix: !onlyPlain
          ? refuse('it also adds an archive or a URL, which COPY cannot')
          : addOnly
            ? refuse(`COPY has no --${addOnly.name}`)
            : ok({
                safety: 'safe' as const,
                description: `write ${copy} instead of ADD`,
                edits: [{ range: add.keywordRange, newText: copy }],
                removes: fixRemovals(document, { deleted: [add] }),
              }),
      });
    }
  },
});
