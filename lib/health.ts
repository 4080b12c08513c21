import { sql } from "drizzle-orm";
import type { Redis } from "ioredis";
import { db } from "@/lib/db/client";
import { latestHeartbeat } from "@/lib/db/queries/heartbeats";
import { createRedis } from "@/lib/queue/connection";
import { HEARTBEAT_STALE_MS } from "@/lib/queue/jobs/heartbeat";

export type PartStatus = "ok" | "down";
export interface HealthReport {
  status: "ok" | "degraded";
  db: PartStatus;
  redis: PartStatus;
  workers: PartStatus;
}

const holder = ((globalThis as Record<string, unknown>).__dsrHealthRedis ??= {}) as { redis?: Redis };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function healthRedis(): Redis {
  if (!holder.redis) {
    holder.redis = createRedis("producer", { retryStrategy: (n) => Math.min(n * 200, 2_000) });
    // Once, at creation: a listener per health call would pile up on the shared connection.
    holder.redis.on("error", () => undefined);
  }
  return holder.redis;
}

async function pingRedis(): Promise<PartStatus> {
  const redis = healthRedis();
  if (redis.status !== "ready") {
    await withTimeout(new Promise((resolve) => redis.once("ready", resolve)), 1_000).catch(() => undefined);
  }
  return (await withTimeout(redis.ping(), 1_000)) === "PONG" ? "ok" : "down";
}

/** Cheap checks of each dependency, each bounded in time; no detail that could leak configuration. */
export async function checkHealth(now = new Date()): Promise<HealthReport> {
  const [dbStatus, redisStatus, beat] = await Promise.all([
    withTimeout(db().execute(sql`select 1`), 2_000).then(
      () => "ok" as const,
      () => "down" as const,
    ),
    pingRedis().catch(() => "down" as const),
    withTimeout(latestHeartbeat(db()), 2_000).catch(() => null),
  ]);
  const workers: PartStatus = beat && now.getTime() - beat.getTime() < HEARTBEAT_STALE_MS ? "ok" : "down";
  const allOk = dbStatus === "ok" && redisStatus === "ok" && workers === "ok";
  return { status: allOk ? "ok" : "degraded", db: dbStatus, redis: redisStatus, workers };
}
