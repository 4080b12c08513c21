import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Mails the owner of an address the links to their open requests, after the portal has answered:
 * the look-up and the mails take longer for a known address, so doing them in the request would tell
 * who filed a request by the answer's timing. The address travels sealed (never in clear in Redis);
 * `requestedAt` keys the mails, so a retried job sends each at most once.
 */
export const lostLinksJob = defineJob({
  queue: "mail",
  name: "subject.lost-links",
  payload: z.object({ sealed: z.string().min(1), requestedAt: z.iso.datetime() }),
  options: { attempts: 5, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: 1000, removeOnFail: 5000 },
});
