/**
 * Posts that share a key run one after another: two new posts by the same new author, or the same
 * post given twice, would otherwise both plan "create" before either is written, and the org would
 * get two profiles (or two activities). Under the lock the second one's re-read sees the first's
 * rows and reuses them. Keys are taken in sorted order, so two tasks never wait on each other.
 */
export type KeyedLocks = <T>(keys: readonly string[], task: () => Promise<T>) => Promise<T>;

export function createKeyedLocks(): KeyedLocks {
  const tails = new Map<string, Promise<void>>();
  const lockOne = async (key: string): Promise<() => void> => {
    const before = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = before.then(() => mine);
    tails.set(key, tail);
    await before;
    return () => {
      release();
      // The last holder leaves no entry behind: the map stays as small as the posts in flight.
      if (tails.get(key) === tail) tails.delete(key);
    };
  };
  return async (keys, task) => {
    const releases: Array<() => void> = [];
    try {
      for (const key of [...new Set(keys)].sort()) releases.push(await lockOne(key));
      return await task();
    } finally {
      for (const release of releases.reverse()) release();
    }
  };
}
