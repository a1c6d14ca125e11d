// What a stage chain starts from: FROM scratch (nothing), or a registry image, resolved (its files,
// size and config) or not (then every figure it would have made known says why).
import type { RpmInstalled } from '../package-index/rpm-catalog';
import { rpmBaseInstalled } from '../package-index/rpm-state';
import type { Stage } from '../parse/types';
import type { BaseImageState, BaseImageStates } from '../registry/base-image-state';
import type { InstalledPackage } from '../registry/installed-packages';
import { formatPlatform } from '../registry/platform';
import { formatImageReference } from '../registry/reference';
import { BaseLayer } from './base-layer';
import { exact, UNKNOWN, unknownBecause } from './bytes';
import type { BaseEnvironment } from './stage-env';
import type { BaseImageSummary, Bytes } from './types';

export interface ChainBase {
  /** the registry image as reported; undefined for FROM scratch */
  summary?: BaseImageSummary;
  /** the resolved image's files under the chain's layers (a fresh view per chain run) */
  layer?: () => BaseLayer;
  /** what a figure only the base image could make known amounts to: unknown, and why */
  unknown: Bytes;
  /** why it is not resolved, when a resolution was tried (`offline`): notes then name it */
  note?: string;
  /** the resolved image's dpkg packages (name, version, bytes) */
  dpkgPackages?: Array<{ name: string; version: string; installedSize?: number }>;
  /** the resolved image's apk packages and its etc/apk/world */
  apk?: { packages: InstalledPackage[]; world?: string };
  /** the resolved image's rpm database (dnf's view: user-installed, gpg-pubkey left out), or why it is not known */
  rpmPackages?: { installed: RpmInstalled[] } | { reason: string };
}

const NOT_RESOLVED = 'base image not resolved';

/** The base of a chain whose first stage is `root`; `states` is undefined when no resolution was asked for. */
export function chainBaseOf(root: Stage, states: BaseImageStates | undefined): ChainBase {
  if (root.base.toLowerCase() === 'scratch') return { unknown: UNKNOWN };
  const state = states?.get(root.index);
  if (state?.status === 'resolved') {
    const { index } = state;
    return {
      summary: {
        reference: formatImageReference(index.image.reference),
        digest: index.image.digest,
        platform: formatPlatform(index.image.platform),
        compressedBytes: index.compressedBytes,
        bytes: exact(index.storedBytes),
        layerCount: index.image.layers.length,
        resolved: true,
        envNames: index.image.config.env.map((pair) => pair.split('=', 1)[0]),
      },
      layer: () => new BaseLayer(index.files, root.from.range),
      unknown: UNKNOWN,
      dpkgPackages: index.packages.filter((pkg) => pkg.manager === 'dpkg').map(({ name, version, installedSize }) => ({ name, version, ...(installedSize !== undefined && { installedSize }) })),
      apk: { packages: index.packages.filter((pkg) => pkg.manager === 'apk'), ...(index.textFiles?.['etc/apk/world'] !== undefined && { world: index.textFiles['etc/apk/world'] }) },
      rpmPackages: rpmBaseInstalled(index),
    };
  }
  const reason = state ? `${NOT_RESOLVED} (${state.reason})` : NOT_RESOLVED;
  const unknown = unknownBecause(reason);
  const summary: BaseImageSummary = { reference: referenceOf(root, state), bytes: unknown, resolved: false };
  if (state) summary.note = state.reason;
  return { summary, unknown, ...(state && { note: reason }) };
}

/** Each chain root's resolved base config, for the stages' environments. */
export function baseEnvironments(states: BaseImageStates | undefined): Map<number, BaseEnvironment> {
  const environments = new Map<number, BaseEnvironment>();
  for (const [stage, state] of states ?? []) {
    if (state.status !== 'resolved') continue;
    const { config } = state.index.image;
    const passwd = state.index.textFiles?.['etc/passwd'];
    environments.set(stage, { env: config.env, user: config.user, workingDir: config.workingDir, ...(passwd !== undefined && { passwd }) });
  }
  return environments;
}

function referenceOf(root: Stage, state: BaseImageState | undefined): string {
  return state?.base.reference ? formatImageReference(state.base.reference) : root.base;
}
