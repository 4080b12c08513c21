/**
 * The wait before attempt `attempt + 1` after `attempt` failed: base × 4^(attempt − 1), capped.
 * With the defaults (30 s, cap 4 h): 30 s, 2 min, 8 min, 32 min, 2 h 8 min, then every 4 h — about
 * ten attempts in the 24 h window.
 */
export function webhookBackoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const n = Math.max(1, attempt);
  return Math.min(maxMs, baseMs * 4 ** Math.min(n - 1, 20));
}
