import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { analyzeDockerfile, type AnalysisRequest } from '../../src/analyze/analyze';
import { sumBytes } from '../../src/layers/bytes';
import { ContextCaches } from '../../src/layers/context/context-cache';
import type { Bytes } from '../../src/layers/types';
import { fixText, type AppliedFix } from '../../src/fix/fix-text';

export interface SafeFixes {
  original: string;
  fixed: string;
  applied: AppliedFix[];
  /** what the model says the stage's own layers store (last stage), before and after the fixes */
  storedBefore: Bytes;
  storedAfter: Bytes;
  /** storedBefore − storedAfter, as honestly as the two figures allow */
  predictedReduction: Bytes;
  /** the applied fixes' findings' wastedBytes summed; undefined when one of them has none */
  findingsWaste?: Bytes;
}

/** Lints `context/Dockerfile` with every rule and its build context, and applies the safe fixes. */
export async function safeFixes(context: string): Promise<SafeFixes> {
  const dockerfilePath = path.join(context, 'Dockerfile');
  const original = fs.readFileSync(dockerfilePath, 'utf8');
  const request: AnalysisRequest = { rules, dockerfilePath, contextRoot: context, contexts: new ContextCaches() };
  const result = await fixText(original, request, { unsafe: false });
  if (!result.stable) throw new Error(`${dockerfilePath}: the safe fixes did not settle after ${result.passes} passes`);
  const stored = async (text: string) => {
    const { stages } = (await analyzeDockerfile({ ...request, rules: [], text })).layers;
    const last = stages.at(-1);
    if (!last) throw new Error(`${dockerfilePath}: no stage`);
    return last.totals.addedBytes;
  };
  const storedBefore = await stored(original);
  const storedAfter = await stored(result.text);
  const wastes = result.applied.map(({ finding }) => finding.wastedBytes);
  return {
    original,
    fixed: result.text,
    applied: result.applied,
    storedBefore,
    storedAfter,
    predictedReduction: reduction(storedBefore, storedAfter),
    findingsWaste: wastes.every((bytes) => bytes !== undefined) ? sumBytes(wastes as Bytes[]) : undefined,
  };
}

/**
 * before − after: exact when both are; a lower bound when only `after` is exact (before ≥ b, so the
 * difference is ≥ b − after); otherwise unknown, since a lower bound minus a lower bound bounds nothing,
 * and an estimate's error (±10% of its whole) may be all of a difference taken from it.
 */
export function reduction(before: Bytes, after: Bytes): Bytes {
  if (before.estimate === 'exact' && after.estimate === 'exact') return { value: before.value - after.value, estimate: 'exact' };
  if (before.estimate === 'lower-bound' && after.estimate === 'exact') {
    return { value: Math.max(0, before.value - after.value), estimate: 'lower-bound' };
  }
  return { value: 0, estimate: 'unknown' };
}
