import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
/** A transaction handle; data-access functions accept `Db` so they compose inside transactions. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Db = Database | Tx;

type Holder = { pool?: pg.Pool; db?: Database };
// Survives Next's module reloading in development, so we keep one pool per process.
const holder = ((globalThis as Record<string, unknown>).__dsrDb ??= {}) as Holder;

export function pool(): pg.Pool {
  if (!holder.pool) {
    holder.pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      max: env().DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its connection (database restart, failover) must not crash the process;
    // the pool drops it and the next query opens a new one. Attached once, when the pool is made.
    holder.pool.on("error", () => undefined);
    // A client in use (a transaction under way) that loses its connection emits "error" on itself, and an
    // "error" event nobody listens to ends the process: the query in flight fails instead, and the caller
    // answers 503 (lib/db/unavailable.ts) or the job retries.
    holder.pool.on("connect", (client) => client.on("error", () => undefined));
  }
  return holder.pool;
}

export function db(): Database {
  holder.db ??= drizzle(pool(), { schema });
  return holder.db;
}

export async function closeDb(): Promise<void> {
  const p = holder.pool;
  holder.pool = undefined;
  holder.db = undefined;
  await p?.end();
}
