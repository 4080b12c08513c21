import { purgeExpiredExports } from "@/lib/exports/purge-expired";
import { exportPurgeJob } from "@/lib/queue/jobs/export-purge";
import { handlerFor } from "../handler";

export const exportPurgeHandler = handlerFor(exportPurgeJob, (payload) =>
  purgeExpiredExports(payload.now ? new Date(payload.now) : new Date()),
);
