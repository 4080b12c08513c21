import pg from "pg";

/**
 * Whether PostgreSQL answers, checked every `everyMs` on a connection of its own (not the app's pool):
 * while it does not, the web server answers 503 with Retry-After in front of Next instead of letting
 * pages fail with 500. A page that runs into the outage before the next check gets its error boundary.
 */
export function watchDatabase(url: string | undefined, everyMs = 2_000): { down(): boolean; stop(): void } {
  let down = false;
  // Two failed checks in a row (≈ 2-4 s) before answering 503: one slow check on a busy machine is not an outage.
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    if (!url) return;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000, query_timeout: 3_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("select 1");
      if (down) console.warn("database reachable again: serving");
      down = false;
      failures = 0;
    } catch (err) {
      failures++;
      if (!down && failures >= 2) console.warn(`database unreachable (${(err as Error).message}): answering 503`);
      down = failures >= 2;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const loop = async () => {
    await check();
    if (!stopped) timer = setTimeout(() => void loop(), everyMs);
  };
  void loop();
  return {
    down: () => down,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
