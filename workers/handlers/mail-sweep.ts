import { sweepMail } from "@/lib/mail/sweep-mail";
import { mailSweepJob } from "@/lib/queue/jobs/mail-sweep";
import { handlerFor } from "../handler";

export const mailSweepHandler = handlerFor(mailSweepJob, async () => sweepMail());
