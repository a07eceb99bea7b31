/**
 * Items kept in a stable insertion order with an id index. Every item gets a sequence number that
 * never changes, so a page token can say "after sequence N" and stay correct while items are added
 * or removed between pages (an offset would skip or repeat items).
 */
export interface Sequenced<T> {
  readonly seq: number;
  value: T;
}

export class OrderedCollection<T> {
  private readonly items: Sequenced<T>[] = [];
  private readonly byId = new Map<string, Sequenced<T>>();

  private readonly idOf: (value: T) => string;

  constructor(idOf: (value: T) => string) {
    this.idOf = idOf;
  }

  get size(): number {
    return this.items.length;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.value;
  }

  /** Sequence numbers must grow; the store hands them out from one counter. */
  append(seq: number, value: T): void {
    const id = this.idOf(value);
    if (this.byId.has(id)) throw new Error(`Duplicate id ${id}.`);
    const entry = { seq, value };
    this.items.push(entry);
    this.byId.set(id, entry);
  }

  /** Swaps in a new value for an existing id, keeping its place in the order. */
  replace(id: string, value: T): void {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`No item ${id}.`);
    entry.value = value;
  }

  remove(id: string): T | undefined {
    const entry = this.byId.get(id);
    if (!entry) return undefined;
    this.byId.delete(id);
    this.items.splice(this.indexAfter(entry.seq - 1), 1);
    return entry.value;
  }

  /** Index of the first item whose sequence is greater than `seq` (binary search). */
  indexAfter(seq: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.items[mid] as Sequenced<T>).seq <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  at(index: number): Sequenced<T> | undefined {
    return this.items[index];
  }

  *values(): Generator<T> {
    for (const entry of this.items) yield entry.value;
  }

  entries(): readonly Sequenced<T>[] {
    return this.items;
  }
}
