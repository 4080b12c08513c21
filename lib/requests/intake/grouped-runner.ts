/** One caller waiting in a group: the group's runner answers each by its own resolve or reject. */
export type Waiting<T, R> = { item: T; resolve: (r: R) => void; reject: (e: unknown) => void };

/** How many groups may be under way at once, and how many items one group takes at most (read per call). */
export type GroupLimits = () => { concurrency: number; max: number };

/**
 * Group commit as a mechanism, shared by the intake's grouped prelude and its grouped filing: while fewer
 * than `concurrency` groups are under way an item goes at once, alone (no added wait when calls are few);
 * otherwise it waits for a group to finish and goes with every item that arrived meanwhile (up to `max`).
 * `runGroup` must answer every caller of its group (resolve or reject each) and not throw; a throw rejects
 * whoever it left unanswered, so no caller waits forever. Each key (a database) has its own queue: items for
 * different databases never share a group.
 */
export function groupedRunner<K extends object, T, R>(
  runGroup: (key: K, group: Waiting<T, R>[]) => Promise<void>,
  limits: GroupLimits,
) {
  const states = new WeakMap<K, { queue: Waiting<T, R>[]; inFlight: number }>();

  function pump(key: K) {
    const state = states.get(key)!;
    const { concurrency, max } = limits();
    while (state.inFlight < concurrency && state.queue.length > 0) {
      const group = state.queue.splice(0, max);
      state.inFlight += 1;
      void runGroup(key, group)
        .catch((error: unknown) => group.forEach((w) => w.reject(error)))
        .finally(() => {
          state.inFlight -= 1;
          pump(key);
        });
    }
  }

  return (key: K, item: T): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      let state = states.get(key);
      if (!state) states.set(key, (state = { queue: [], inFlight: 0 }));
      state.queue.push({ item, resolve, reject });
      pump(key);
    });
}
