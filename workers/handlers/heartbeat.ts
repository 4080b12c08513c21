import os from "node:os";
import { db } from "@/lib/db/client";
import { recordHeartbeat } from "@/lib/db/queries/heartbeats";
import { heartbeatJob } from "@/lib/queue/jobs/heartbeat";
import { handlerFor } from "../handler";

// Idempotent: an upsert of "now" for this process.
export const heartbeatHandler = handlerFor(heartbeatJob, async (_payload, ctx) => {
  await recordHeartbeat(db(), { workerId: ctx.workerId, hostname: os.hostname(), pid: process.pid });
});
