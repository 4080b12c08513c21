/**
 * How long the supervisor waits before starting web or workers again (scripts/start.ts): 0.5 s after a
 * first quick death, doubling while the process keeps dying within a minute of its start, at most 30 s;
 * a process that ran a minute or more starts the count again.
 */
export const QUICK_DEATH_MS = 60_000;

/** The count of quick deaths in a row once a process exits after running `livedMs`. */
export function failuresAfterExit(failuresBefore: number, livedMs: number): number {
  return livedMs < QUICK_DEATH_MS ? failuresBefore + 1 : 0;
}

export function restartDelayMs(failures: number): number {
  return Math.min(500 * 2 ** Math.max(failures - 1, 0), 30_000);
}
