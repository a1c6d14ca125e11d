import { PathIndex } from './path-index';
import type { StoredEntry } from './types';

/** A change a layer step makes, keyed like the filesystem's nodes; `path` is the real path. */
export type Pending = { kind: 'store'; path: string; entry: StoredEntry } | { kind: 'whiteout'; path: string };
type PendingStore = Extract<Pending, { kind: 'store' }>;

/** One step's changes by key, in the order each key was first written, with the keys of its stores by path. */
export class PendingChanges {
  private readonly changes = new Map<string, Pending>();
  /** each key's place in `changes`' iteration order */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;
  /** the keys of the stores, by path */
  readonly storedPaths = new PathIndex();

  has(key: string): boolean {
    return this.changes.has(key);
  }

  get(key: string): Pending | undefined {
    return this.changes.get(key);
  }

  /** every change, in the order its key was first written */
  entries(): IterableIterator<[string, Pending]> {
    return this.changes.entries();
  }

  set(key: string, change: Pending): void {
    if (!this.order.has(key)) this.order.set(key, this.nextOrder++);
    this.changes.set(key, change);
    if (change.kind === 'store') this.storedPaths.add(key, change.path);
    else this.storedPaths.delete(key);
  }

  delete(key: string): void {
    this.changes.delete(key);
    this.order.delete(key);
    this.storedPaths.delete(key);
  }

  /** The stores among `keys`, in the order they were first written. */
  storesAmong(keys: Iterable<string>): Array<[string, PendingStore]> {
    return [...keys].sort((a, b) => this.order.get(a)! - this.order.get(b)!).map((key) => [key, this.changes.get(key) as PendingStore]);
  }

  /** The first-written tree store at `path`: found in one pass, as every tree store asks (no sorted copy of the keys). */
  firstTreeAt(path: string): string | undefined {
    let first: string | undefined;
    let firstOrder = Infinity;
    for (const key of this.storedPaths.keysAt(path)) {
      const order = this.order.get(key)!;
      if (order >= firstOrder || !(this.changes.get(key) as PendingStore).entry.tree) continue;
      first = key;
      firstOrder = order;
    }
    return first;
  }
}
