import type { DockerfileModel } from '../parse/types';
import type { BuildContext, LayerModel } from './types';

export interface LayerModelOptions {
  /** sizes of COPY/ADD sources; without it, context copies are unknown */
  context?: BuildContext;
}

/** Predicts, per stage, what each instruction stores and wastes. Pure: all I/O is in `context`. */
export function buildLayerModel(document: DockerfileModel, options: LayerModelOptions = {}): LayerModel {
  void document;
  void options;
  throw new Error('buildLayerModel: not implemented yet');
}
