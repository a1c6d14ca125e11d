// Rules over estimated figures (sizes from a package index). Nothing in the model produces them
// yet (issue 16's index readers will), so these tests dress a real model's entries by hand.
import { buildLayerModel, estimated, lintDocument, parseDocument, type Bytes, type LayerModel } from '@dflint/core';
import { findRule } from './index';

const SOURCE = 'Debian bookworm main amd64 Packages, 2026-12-05';
const MiB = 1024 * 1024;

/** The findings of `names` on `text`, every stored entry's bytes replaced by `dress(its bytes)`. */
async function lintEstimated(text: string, names: string[], dress: (bytes: Bytes) => Bytes) {
  const document = await parseDocument(text);
  const layers: LayerModel = buildLayerModel(document);
  for (const stage of layers.stages) for (const step of stage.steps) for (const entry of step.stored) entry.bytes = dress(entry.bytes);
  const rules = names.map((name) => findRule(name)!);
  return lintDocument(document, { rules, layers: () => layers });
}

const ADD_THEN_DELETE = 'FROM busybox\nRUN dd if=/dev/zero of=/big bs=1024 count=2048\nRUN rm /big\n';

test('delete-after-add and consecutive-run state estimated bytes with ≈ and carry the source', async () => {
  const findings = await lintEstimated(ADD_THEN_DELETE, ['delete-after-add', 'consecutive-run'], (bytes) => estimated(bytes.value, SOURCE));
  expect(findings.map((finding) => [finding.rule, finding.message])).toEqual([
    ['consecutive-run', '2 consecutive RUNs (lines 2 and 3) can be one RUN: 1 layer fewer, saves ≈ 2.0 MiB'],
    ['delete-after-add', '/big (≈ 2.0 MiB) added at line 2 is deleted at line 3: ≈ 2.0 MiB wasted'],
  ]);
  for (const finding of findings) expect(finding.wastedBytes).toEqual(estimated(2 * MiB, SOURCE));
});

test('what is estimated at 0 wastes nothing: no finding about bytes, as for an exact 0', async () => {
  const findings = await lintEstimated(ADD_THEN_DELETE, ['delete-after-add', 'consecutive-run'], () => estimated(0, SOURCE));
  // two one-command RUNs are still hadolint's DL3059 (at style), with no bytes
  expect(findings.map((finding) => [finding.rule, finding.severity, finding.wastedBytes])).toEqual([['consecutive-run', 'style', undefined]]);
});
