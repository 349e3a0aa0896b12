import { LRUCache } from 'lru-cache';

type Entry<V> = {
  readonly value: Promise<V>;
  loadedAt: number;
  /** The value once loaded, for callers that search entries by what they hold. */
  loaded?: { readonly value: V };
  reloading: boolean;
};

/**
 * Answers remembered for `ttlMs`. An answer older than that but younger than twice that is still
 * served while one reload runs behind it, so that answers expiring together do not make every
 * busy caller wait for the source at the same moment. Concurrent askers of a missing answer share
 * one load; a failed load is forgotten, so the next asker tries again.
 */
export class ReloadingCache<V> {
  private readonly entries: LRUCache<string, Entry<V>>;

  constructor(
    private readonly ttlMs: number,
    max: number,
  ) {
    this.entries = new LRUCache({ max });
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    const age = entry ? Date.now() - entry.loadedAt : Infinity;
    if (entry && age < this.ttlMs) return entry.value;
    if (entry?.loaded && age < 2 * this.ttlMs) {
      if (!entry.reloading) {
        entry.reloading = true;
        this.load(key, load, entry).catch(() => (entry.reloading = false));
      }
      return entry.value;
    }
    return this.load(key, load);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every answer whose key or loaded value matches. */
  deleteWhere(matches: (key: string, value: V | undefined) => boolean): void {
    for (const [key, entry] of this.entries.entries()) {
      if (matches(key, entry.loaded?.value)) this.entries.delete(key);
    }
  }

  private load(key: string, load: () => Promise<V>, replacing?: Entry<V>): Promise<V> {
    const entry: Entry<V> = { value: load(), loadedAt: Date.now(), reloading: false };
    if (!replacing) this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        entry.loaded = { value };
        entry.loadedAt = Date.now();
        // A reload takes over only if nothing forgot or replaced the answer it reloads meanwhile.
        if (replacing && this.entries.get(key) === replacing) this.entries.set(key, entry);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return entry.value;
  }
}
