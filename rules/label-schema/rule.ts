import { defineRule, stageReferences, type ParsedDocument, type Report, type Stage, type StringMap } from '@dflint/core/rule-kit';
import { byInstruction, labelPairs, quotedKeys, spanOf, type LabelPair } from '../label-pairs';
import { LABEL_FORMATS, LABEL_TYPES, type LabelType } from './formats';

type Options = { labels: StringMap; strict: boolean };

export default defineRule<Options>({
  meta: {
    name: 'label-schema',
    description: 'LABELs that break the configured label schema: required labels missing, values empty or not of their type, labels outside a strict schema',
    category: 'metadata',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
    aliasesPerFinding: true,
    options: {
      labels: {
        type: 'object',
        additionalProperties: { type: 'string', enum: LABEL_TYPES },
        default: {},
        description: `Label → type (${LABEL_TYPES.join(', ')}): each stage must set these labels, not empty, with a value of the type. Empty: the rule checks nothing. hadolint's label-schema and --require-label.`,
      },
      strict: {
        type: 'boolean',
        default: false,
        description: "Report labels the schema does not name (hadolint's strict-labels, DL3050).",
      },
    },
  },
  check({ document, options, report }) {
    const schema = options.labels as Readonly<Record<string, LabelType>>;
    if (Object.keys(schema).length === 0) return;
    const required = Object.keys(schema).sort();
    for (const stage of stagesMissing(document, required)) {
      const missing = stage.missing;
      const what = missing.length === 1 ? `label '${missing[0]}' is missing from this stage` : `labels ${quotedKeys(missing.map((key) => ({ key })))} are missing from this stage`;
      report({
        range: stage.stage.from.keywordRange,
        severity: 'info',
        aliases: ['DL3049'],
        message: `${what}: the label schema requires ${missing.length === 1 ? 'it' : 'them'}; set ${missing.length === 1 ? 'it' : 'them'} with LABEL`,
      });
    }
    for (const labels of byInstruction(labelPairs(document, true))) checkValues(labels, schema, options.strict, report);
  },
});

function checkValues(labels: LabelPair[], schema: Readonly<Record<string, LabelType>>, strict: boolean, report: (report: Report) => void): void {
  const known = (label: LabelPair) => Object.hasOwn(schema, label.key);
  const superfluous = labels.filter((label) => !known(label));
  if (strict && superfluous.length) {
    report({
      range: spanOf(superfluous),
      severity: 'info',
      aliases: ['DL3050'],
      message: `label${superfluous.length > 1 ? 's' : ''} ${quotedKeys(superfluous)} ${superfluous.length > 1 ? 'are' : 'is'} not in the label schema (strict labels): remove ${superfluous.length > 1 ? 'them' : 'it'} or add ${superfluous.length > 1 ? 'them' : 'it'} to the schema`,
    });
  }
  const empty = labels.filter((label) => known(label) && label.value === '');
  if (empty.length) {
    report({ range: spanOf(empty, true), aliases: ['DL3051'], message: `label${empty.length > 1 ? 's' : ''} ${quotedKeys(empty)} ${empty.length > 1 ? 'are' : 'is'} empty: give ${empty.length > 1 ? 'them values' : 'it a value'}` });
  }
  for (const [type, format] of Object.entries(LABEL_FORMATS)) {
    // an empty value is DL3051's; a value with a variable is only known at build time
    const bad = labels.filter((label) => schema[label.key] === type && label.value && !label.pair.rawValue?.includes('$') && !format.valid(label.value));
    if (bad.length === 0) continue;
    const values = bad.map((label) => `'${label.key}' = '${label.value}'`).join(', ');
    report({ range: spanOf(bad, true), aliases: [format.code], message: `label ${values} is not ${format.what}: fix the value or the label's type in the schema` });
  }
}

interface MissingLabels {
  stage: Stage;
  missing: string[];
}

/**
 * The stages that lack a required label, as hadolint's DL3049 decides: a stage has a label when it
 * sets one or builds (`FROM <stage>`) on a stage that has it; a stage that lacks it is let off when
 * a later stage copies or mounts from it (`COPY --from`, `RUN --mount=from=`) or a stage named
 * after it sets the label.
 */
function stagesMissing(document: ParsedDocument, required: string[]): MissingLabels[] {
  const missing = new Map<Stage, string[]>();
  for (const label of required) {
    const has = new Set<number>();
    const lacking = new Set<number>();
    for (const stage of document.stages) {
      if (stage.baseStage !== undefined && has.has(stage.baseStage)) has.add(stage.index);
      else lacking.add(stage.index);
      for (const instruction of stage.instructions) {
        for (const reference of stageReferences(instruction)) letOff(document, lacking, reference);
        if (instruction.keyword === 'LABEL' && (instruction.pairs ?? []).some((pair) => pair.key === label)) {
          letOff(document, lacking, stage.name ?? stage.base);
          lacking.delete(stage.index);
          has.add(stage.index);
        }
      }
    }
    for (const index of lacking) {
      const stage = document.stages[index];
      missing.set(stage, [...(missing.get(stage) ?? []), label]);
    }
  }
  return [...missing].map(([stage, labels]) => ({ stage, missing: labels })).sort((a, b) => a.stage.index - b.stage.index);
}

/** A lacking stage named `reference` is not reported. */
function letOff(document: ParsedDocument, lacking: Set<number>, reference: string): void {
  const wanted = reference.toLowerCase();
  for (const index of lacking) if (document.stages[index].name === wanted) lacking.delete(index);
}
