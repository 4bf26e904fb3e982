/**
 * A map from a key to a list of values, as compact as a 100,000-cadre roster index needs: a
 * key with one value holds the value itself (most names, sounds and initials are one
 * person's), a key with more an array of exactly its length, where a `Map` of arrays grown by
 * `push` holds an array for every key with room for 16 more values. Lists keep the order the
 * values were added in. Filled with `add`, then `seal`ed; read-only afterwards.
 */
export class ListsByKey<T extends object> {
  private readonly lists = new Map<string, T | T[]>();

  get size(): number {
    return this.lists.size;
  }

  add(key: string, value: T): void {
    const known = this.lists.get(key);
    if (known === undefined) this.lists.set(key, value);
    else if (Array.isArray(known)) known.push(value);
    else this.lists.set(key, [known, value]);
  }

  /** Trims the spare room of the lists once every value is added. */
  seal(): void {
    for (const [key, list] of this.lists) if (Array.isArray(list)) this.lists.set(key, list.slice());
  }

  /** The key's values in the order added (a one-value list is made on each call), or undefined. */
  get(key: string): readonly T[] | undefined {
    const list = this.lists.get(key);
    return list === undefined || Array.isArray(list) ? list : [list];
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }

  keys(): MapIterator<string> {
    return this.lists.keys();
  }
}
