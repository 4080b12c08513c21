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
  // One connection kept open between checks (a new one every 2 s would cost an authentication each time);
  // it is dropped on any failure and opened again at the next check.
  let client: pg.Client | null = null;
  const check = async () => {
    if (!url) return;
    try {
      if (!client) {
        const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000, query_timeout: 3_000 });
        fresh.on("error", () => undefined);
        client = fresh;
        await fresh.connect();
      }
      await client.query("select 1");
      if (down) console.warn("database reachable again: serving");
      down = false;
      failures = 0;
    } catch (err) {
      failures++;
      if (!down && failures >= 2) console.warn(`database unreachable (${(err as Error).message}): answering 503`);
      down = failures >= 2;
      const broken = client;
      client = null;
      await broken?.end().catch(() => undefined);
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
      void client?.end().catch(() => undefined);
      clearTimeout(timer);
    },
  };
}
