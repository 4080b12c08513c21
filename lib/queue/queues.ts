import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { QUEUES, type QueueName } from "./define-job";
import { queuePrefix } from "./connection";

export type QueueSet = Record<QueueName, Queue>;

export function createQueues(connection: Redis): QueueSet {
  const prefix = queuePrefix();
  return Object.fromEntries(QUEUES.map((name) => [name, new Queue(name, { connection, prefix })])) as QueueSet;
}

export async function closeQueues(queues: QueueSet): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}
