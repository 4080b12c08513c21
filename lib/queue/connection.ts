import { Redis, type RedisOptions } from "ioredis";
import { env } from "@/lib/env";

/**
 * Redis connections for BullMQ. Workers block and must retry forever (maxRetriesPerRequest null);
 * producers in the web process fail fast instead of queueing commands while Redis is down, because a
 * web request never waits on Redis.
 */
export function createRedis(role: "worker" | "producer", overrides: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === "worker"
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 };
  return new Redis(env().REDIS_URL, { lazyConnect: false, ...options, ...overrides });
}

/** Queue key prefix; use a hash tag such as `{dsr}` on Redis Cluster so a queue's keys share a slot. */
export function queuePrefix(): string {
  return env().QUEUE_PREFIX;
}
