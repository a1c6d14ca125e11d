import { exact } from './bytes';
import type { FileNode } from './filesystem';
import { parentDirOf } from './paths';
import type { Bytes, Effect, ShadowingKind } from './types';

/**
 * A place a step touched that holds base-image files: with `bytes`, the resolved base's files it
 * hid there (their exact size); without, a place the base image may hold files the model cannot see.
 */
export interface BaseTouch {
  path: string;
  effect: Effect;
  bytes?: Bytes;
}

/** One step's base touches, a hidden base file adding its size to the touch of the path its command names. */
export class BaseTouches {
  readonly list: BaseTouch[] = [];
  private readonly sized = new Map<Effect, Map<string, BaseTouch>>();

  /** The step hid this base file. */
  hid(node: FileNode, effect: Effect, how: ShadowingKind): void {
    const path = namedPath(effect, how) ?? node.path;
    let byPath = this.sized.get(effect);
    if (!byPath) this.sized.set(effect, (byPath = new Map()));
    const touch = byPath.get(path);
    if (touch) {
      touch.bytes = exact(touch.bytes!.value + node.entry.bytes.value);
      return;
    }
    const added: BaseTouch = { path, effect, bytes: node.entry.bytes };
    byPath.set(path, added);
    this.list.push(added);
  }

  /** The step hid base-image files at `path` whose size package metadata gives (a removed base package). */
  known(path: string, effect: Effect, bytes: Bytes): void {
    this.list.push({ path, effect, bytes });
  }

  /** The step changed or deleted `path`, where an unresolved base image may hold files. */
  may(path: string, effect: Effect): void {
    this.list.push({ path, effect });
  }
}

/** The path a command names for what it hides (`rm -rf /usr/share/doc/*` → `/usr/share/doc`). */
function namedPath(effect: Effect, how: ShadowingKind): string | undefined {
  switch (effect.kind) {
    case 'delete':
    case 'copy-up':
      return effect.glob ? parentDirOf(effect.path) : effect.path;
    case 'copy':
      return how === 'move' ? (effect.fromGlob ? parentDirOf(effect.from) : effect.from) : effect.to;
    case 'write':
      return effect.path;
    case 'extract':
      return effect.into;
    default:
      return undefined;
  }
}
