/**
 * The value kept under `key` in `cache`, made (and kept) on first use: for pure functions of a few distinct
 * inputs that hot paths ask over and over (formatted days and minutes on the queue, an intake's due date).
 * Bounded: a full cache is cleared, not evicted entry by entry — the inputs cluster (today's minute, this
 * month's days), so a clear is rare and the next look-ups refill it.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, make: () => V, max = 4096): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= max) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}
