import pg from "pg";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** The channel a committed outbox row is announced on (PostgreSQL delivers a NOTIFY at commit only). */
export const OUTBOX_CHANNEL = "dsr_outbox";

/**
 * Announces, in `tx`, that jobs are due: the relay wakes when the transaction commits instead of at its
 * next poll. Nothing depends on it — a lost notification (the listener reconnecting) costs one poll.
 * Not used by the public intake, whose rate would make every commit wait for PostgreSQL's notify lock.
 */
export async function announceOutbox(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/**
 * A sleep that a notification on the outbox channel ends early. One dedicated connection LISTENs; if it
 * drops, it reconnects with backoff and, meanwhile, the sleeps run their full length (the poll).
 */
export function outboxWaker(log: { warn: (o: object, msg: string) => void }): {
  sleep: (ms: number) => Promise<void>;
  stop: () => Promise<void>;
} {
  let wake: (() => void) | null = null;
  let woken = false;
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let backoff = 500;

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 5_000 });
    const again = (err: Error) => {
      if (client !== c) return;
      client = null;
      c.end().catch(() => undefined);
      if (stopped) return;
      log.warn({ err: err.message, retryInMs: backoff }, "outbox listener lost; polling until it is back");
      retry = setTimeout(() => void connect(), backoff);
      backoff = Math.min(backoff * 2, 30_000);
    };
    c.on("error", again);
    c.on("end", () => again(new Error("connection ended")));
    c.on("notification", () => {
      woken = true;
      wake?.();
    });
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${OUTBOX_CHANNEL}`);
      backoff = 500;
      // Rows committed while the listener was away are found by the next relay pass.
      woken = true;
      wake?.();
    } catch (err) {
      again(err as Error);
    }
  };
  void connect();

  return {
    sleep(ms) {
      if (woken) {
        woken = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wake = null;
          woken = false;
          resolve();
        };
        const timer = setTimeout(done, ms);
        wake = done;
      });
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      wake?.();
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
