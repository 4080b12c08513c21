import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { liftNoticeMailKey } from "@/lib/db/queries/lift-notices";
import { requestTasks } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { liftRestriction } from "@/lib/fulfilment/decisions/lift-restriction";
import {
  freshShopCustomer,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { smtpOutage, waitForMailRow } from "@/scripts/test-support/smtp-outage";
import { waitFor } from "@/scripts/test-support/wait-for";

/**
 * Art. 18(3) through an SMTP outage (issue 17): the lift waits on its notice; once the mail sweep gets
 * the notice out, the notice period starts by itself — nobody presses Retry, the recovery sweep is not
 * called here.
 */

const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });
let outage: { restore: () => void } | undefined;
afterEach(() => outage?.restore());

describe("a restriction lift whose notice meets an SMTP outage", () => {
  it("resumes by itself once the notice is sent", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({
      type: "restriction",
      email: customer.email,
      restrictionGround: "accuracy_contested",
    });
    await startRequest(id, agent);
    await waitForRequestStatus(id, "completed");

    outage = smtpOutage();
    await liftRestriction(dpo.id, {
      requestId: id,
      reason: "We checked your address with the carrier; it is accurate.",
    });
    const key = liftNoticeMailKey(id);
    const failed = await waitForMailRow(
      key,
      (r) => r.status === "failed" && r.attempts >= env().MAIL_JOB_ATTEMPTS,
      "the notice's job to give up",
    );
    expect(failed.requestId).toBe(id);
    expect(failed.template).toBe("restriction_lift_notice");
    const waiting = await waitForStep(id, "lift_notice", "waiting");
    expect(waiting.notBefore).toBeNull();

    outage.restore();
    const sent = await waitForMailRow(key, (r) => r.status === "sent", "the notice to be sent after the outage");
    const notice = await waitFor(
      async () => {
        const [t] = await db()
          .select()
          .from(requestTasks)
          .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "lift_notice")));
        return t?.notBefore ? t : undefined;
      },
      20_000,
      "the notice period to start",
    );
    expect(notice.status).toBe("waiting");
    const days = env().RESTRICTION_LIFT_NOTICE_DAYS;
    expect(notice.notBefore!.getTime()).toBeGreaterThanOrEqual(sent.acceptedAt!.getTime() + days * 86_400_000);
    const notices = (await listDevMail(db(), { to: customer.email })).filter((m) =>
      /lift|levée|limitation/i.test(m.subject),
    );
    expect(notices).toHaveLength(1);
  }, 120_000);
});
