import { lostLinksJob } from "@/lib/queue/jobs/lost-links";
import { mailLostLinks } from "@/lib/requests/subject/send-lost-links";
import { handlerFor } from "../handler";

// Idempotent: each mail's key carries the request id and the time the links were asked for.
export const lostLinksHandler = handlerFor(lostLinksJob, (payload) => mailLostLinks(payload));
