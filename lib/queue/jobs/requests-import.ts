import { z } from "zod";
import { defineJob } from "../define-job";

/** Files the rows of one previewed CSV import, all in one transaction (lib/requests/import). */
export const requestsImportJob = defineJob({
  queue: "system",
  name: "requests.import",
  payload: z.object({ importId: z.uuid() }),
  options: { attempts: 3, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 100, removeOnFail: 500 },
});
