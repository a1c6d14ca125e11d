/**
 * What is built from a set of package indexes (a catalog: 100 ms and more for Debian's), kept by
 * the indexes themselves rather than the array holding them: the sources hand every analysis (each
 * document of a run, each keystroke in the editor) a new array of the same loaded indexes. An
 * entry lives as long as the set's first index.
 */
export class IndexSetMemo<Index extends object, Value> {
  private readonly ids = new WeakMap<Index, number>();
  private nextId = 0;
  private readonly bySetStart = new WeakMap<Index, Map<string, Value>>();

  get(indexes: readonly Index[], variant: string, build: () => Value): Value {
    if (indexes.length === 0) return build();
    const key = `${indexes.map((index) => this.idOf(index)).join(',')} ${variant}`;
    let values = this.bySetStart.get(indexes[0]);
    if (!values) this.bySetStart.set(indexes[0], (values = new Map()));
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = build()));
    return value;
  }

  private idOf(index: Index): number {
    let id = this.ids.get(index);
    if (id === undefined) this.ids.set(index, (id = this.nextId++));
    return id;
  }
}
