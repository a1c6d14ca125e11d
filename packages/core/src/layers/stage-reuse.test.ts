import { packageIndexesUnknown } from '../package-index/package-knowledge';
import { parseDocument, type ParsedDocument } from '../parse/document';
import { contextCopyKey } from './context/copy-key';
import { buildLayerModel, type LayerModelOptions } from './model';
import { baseStates, debianIndex } from './test-base-image';
import type { BuildContext, LayerModel } from './types';

// Which stages an incremental layer model reuses from the model of the version before, and that
// each stage it recomputes shows what changed.

/** The model of each version in turn, each built incrementally on the one before. */
async function versions(texts: string[], options: (document: ParsedDocument) => Omit<LayerModelOptions, 'incremental'> = () => ({})) {
  const models: LayerModel[] = [];
  let document: ParsedDocument | undefined;
  for (const text of texts) {
    document = await parseDocument(text, { previous: document });
    models.push(buildLayerModel(document, { ...options(document), incremental: { previous: models[models.length - 1] } }));
  }
  return models;
}

/** For each stage of the last version: was its StageLayers object reused from the version before? */
function reused(models: LayerModel[]): boolean[] {
  const [before, after] = models.slice(-2);
  return after.stages.map((stage) => before.stages.includes(stage));
}

/**
 * For each stage of the last version: was it moved from the version before's? A moved copy is a
 * new object that keeps what holds no position (its totals here); a stage built again has new totals.
 */
function movedStages(models: LayerModel[]): boolean[] {
  const [before, after] = models.slice(-2);
  return after.stages.map((stage, at) => stage !== before.stages[at] && stage.totals === before.stages[at]?.totals);
}

const BUILDER = 'FROM alpine:3.19 AS builder\nRUN head -c 1000 /dev/urandom > /out.bin\n';
const BUILDER_BIGGER = 'FROM alpine:3.19 AS builder\nRUN head -c 9000 /dev/urandom > /out.bin\n';
const COPIER = 'FROM alpine:3.19\nCOPY --from=builder /out.bin /app/out.bin\n';

describe('incremental layer model', () => {
  test('an edit in the last stage reuses the stages above it, and the result equals a fresh model', async () => {
    const texts = [`${BUILDER}${COPIER}RUN echo a > /a\n`, `${BUILDER}${COPIER}RUN echo ab > /a\n`];
    const models = await versions(texts);
    expect(reused(models)).toEqual([true, false]);
    expect(JSON.stringify(models[1])).toBe(JSON.stringify(buildLayerModel(await parseDocument(texts[1]))));
  });

  test('a changed COPY --from source recomputes the stage copying from it, which copies the new files', async () => {
    const models = await versions([`${BUILDER}${COPIER}`, `${BUILDER_BIGGER}${COPIER}`]);
    expect(reused(models)).toEqual([false, false]);
    expect(models.map((model) => model.stages[1].steps[1].addedBytes.value)).toEqual([1000, 9000]);
  });

  test('a changed base stage recomputes the stages built FROM it', async () => {
    const child = 'FROM builder AS child\nRUN echo hi > /hi\nFROM alpine:3.19 AS other\nRUN echo x > /x\n';
    const models = await versions([`${BUILDER}${child}`, `${BUILDER_BIGGER}${child}`]);
    expect(reused(models)).toEqual([false, false, true]);
    expect(models.map((model) => model.stages[1].totals.addedBytes.value)).toEqual([1000 + 3, 9000 + 3]);
  });

  test('a stage whose lines moved is the one built before, moved with them: positions and the lines its notes name', async () => {
    // `make install` writes what dflint cannot see: the layers below name its line in their notes
    const stage = 'FROM alpine:3.19 AS one\nRUN make install\nRUN head -c 100 /dev/zero > /f\n';
    for (const edited of [`\n# moved\n${stage}`, 'FROM alpine:3.19 AS one\nRUN make install\n\n\nRUN head -c 100 /dev/zero > /f\n']) {
      const models = await versions([stage, edited]);
      expect(movedStages(models)).toEqual([true]);
      expect(JSON.stringify(models[1])).toBe(JSON.stringify(buildLayerModel(await parseDocument(edited))));
      expect(JSON.stringify(models[1])).toMatch(/line \d+ writes files/);
    }
  });

  test('a stage copied from is built again when its lines move, and so is the copy: its filesystem holds the lines before', async () => {
    // the copy's note names the line of the clone that wrote /src
    const text = 'FROM alpine:3.19 AS builder\nRUN git clone https://example.com/x.git /src\nFROM alpine:3.19\nCOPY --from=builder /src /src\n';
    const models = await versions([text, `\n${text}`]);
    expect(movedStages(models)).toEqual([false, false]);
    expect(reused(models)).toEqual([false, false]);
    expect(JSON.stringify(models[1])).toBe(JSON.stringify(buildLayerModel(await parseDocument(`\n${text}`))));
    expect(JSON.stringify(models[1].stages[1])).toMatch(/at line 3\)/);
  });

  test('a stage moved below the stage it copies from is moved, the copied stage kept', async () => {
    const models = await versions([`${BUILDER}${COPIER}`, `${BUILDER}\n${COPIER}`]);
    expect(reused(models)).toEqual([true, false]);
    expect(movedStages(models)).toEqual([false, true]);
    expect(models[1].stages[1].steps[1].instruction.range.start.line).toBe(4);
  });

  test('a changed global ARG recomputes every stage: their environments start from it', async () => {
    const stages = 'FROM alpine:3.19\nARG DIR\nRUN head -c 10 /dev/zero > $DIR/file\n';
    const models = await versions([`ARG DIR=/one\n${stages}`, `ARG DIR=/two\n${stages}`]);
    expect(reused(models)).toEqual([false]);
    expect(models[1].stages[0].steps[2].stored.map((entry) => entry.path)).toEqual(['/two/file']);
  });

  test('lines inserted above the global ARGs move every stage: the ARGs only moved', async () => {
    const text = 'ARG DIR=/one\nFROM alpine:3.19\nARG DIR\nRUN head -c 10 /dev/zero > $DIR/file\n';
    const models = await versions([text, `# syntax=docker/dockerfile:1\n\n${text}`]);
    expect(movedStages(models)).toEqual([true]);
    expect(JSON.stringify(models[1])).toBe(JSON.stringify(buildLayerModel(await parseDocument(`# syntax=docker/dockerfile:1\n\n${text}`))));
  });

  test('a new base-image state recomputes its stages; the same state in a new map does not', async () => {
    const text = 'FROM debian:bookworm\nRUN rm -rf /usr/share/doc\n';
    const offline = await versions([text, text], (document) => ({ baseImages: baseStates(document, { reason: 'offline' }) }));
    expect(reused(offline)).toEqual([true]);
    const index = debianIndex();
    const states = [{ reason: 'being resolved' }, index, index];
    let version = 0;
    const resolving = await versions([text, text, text], (document) => ({ baseImages: baseStates(document, states[version++]) }));
    expect(reused(resolving.slice(0, 2))).toEqual([false]);
    expect(reused(resolving)).toEqual([true]);
    expect(resolving.map((model) => model.stages[0].baseImage?.resolved)).toEqual([false, true, true]);
  });

  test('a stage over a resolved base image moves with its lines: the base files it hides and the writes it cannot see', async () => {
    const text = 'FROM debian:bookworm\nRUN rm -rf /usr/share/doc\nRUN make install\nRUN chmod -R 700 /usr\n';
    const index = debianIndex();
    const options = (document: ParsedDocument) => ({ baseImages: baseStates(document, index) });
    const edited = `# moved\n\n${text}`;
    const models = await versions([text, edited], options);
    expect(movedStages(models)).toEqual([true]);
    const fresh = await parseDocument(edited);
    expect(JSON.stringify(models[1])).toBe(JSON.stringify(buildLayerModel(fresh, options(fresh))));
    expect(models[1].stages[0].shadowedBase.length).toBeGreaterThan(0);
  });

  test('another package-index answer recomputes the stage that asked; the same answer does not', async () => {
    const text = 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\nFROM debian:bookworm\nRUN echo\n';
    const reasons = ['offline', 'offline', 'being loaded'];
    let version = 0;
    const models = await versions([text, text, text], () => ({ packages: packageIndexesUnknown(reasons[version++]) }));
    expect(reused(models.slice(0, 2))).toEqual([true, true]);
    expect(reused(models)).toEqual([false, true]);
  });

  test('another build-context read recomputes the stage copying from the context; an equal one does not', async () => {
    const text = 'FROM alpine:3.19\nCOPY app.bin /app/\nFROM alpine:3.19\nRUN echo\n';
    const sizes = [100, 100, 700];
    let version = 0;
    const contextOf = (document: ParsedDocument): BuildContext => {
      const copy = { files: [{ path: '/app/app.bin', size: sizes[version++], contextPath: 'app.bin' }], estimate: 'exact' as const, missing: [], notes: [] };
      return { root: '/ctx', copies: new Map([[contextCopyKey(document.stages[0].instructions[1]), copy]]), notes: [] };
    };
    const models = await versions([text, text, text], (document) => ({ context: contextOf(document) }));
    expect(reused(models.slice(0, 2))).toEqual([true, true]);
    expect(reused(models)).toEqual([false, true]);
    expect(models[2].stages[0].totals.addedBytes.value).toBe(700);
  });
});
