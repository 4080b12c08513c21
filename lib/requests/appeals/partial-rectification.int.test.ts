import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests } from "@/lib/db/schema";
import { approveChanges } from "@/lib/fulfilment/decisions/approve-changes";
import { completedOutcome } from "@/lib/fulfilment/view/outcome";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { giveStatusLink } from "@/scripts/test-support/status-link";
import {
  freshShopCustomer,
  shop,
  startRequest,
  testStaff,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { subjectAppealView } from "./appeal-view";

afterAll(() => closeDb());

/**
 * A Virginia rectification where staff apply one correction and decline the other with a reason: the
 * completion is a partial refusal (`rectification_declined`), the mail and the status page's outcome say
 * what was declined and why, and the appeal is offered (Va. Code § 59.1-577(C): "in whole or in part").
 */
describe("a partly refused rectification", () => {
  it("is completed as partly refused, explained, and appealable under a state law with an appeal right", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({
      type: "rectification",
      email: customer.email,
      jurisdiction: "US-VA",
      rectification: [
        { field: "Phone number", currentValue: customer.phone ?? "", newValue: "+1 804 555 0101" },
        { field: "Date of birth", currentValue: "", newValue: "1990-01-01" },
      ],
    });
    // The person's status link (the portal's verification issues one; this request was verified directly).
    const token = await giveStatusLink(id);
    const agent = await testStaff("agent");
    await startRequest(id, agent);
    const read = await waitForStep(id, "read_current", "succeeded");
    await waitForStep(id, "approve_changes", "waiting");
    // A declined correction needs its reason.
    await expect(
      approveChanges(agent.id, {
        requestId: id,
        changes: [{ systemId: read.systemId!, table: "shop.customers", field: "phone", value: "+1 804 555 0101" }],
        declined: [{ field: "Date of birth", reason: " " }],
      }),
    ).rejects.toThrow(/say why this correction is not applied/);
    await approveChanges(agent.id, {
      requestId: id,
      changes: [{ systemId: read.systemId!, table: "shop.customers", field: "phone", value: "+1 804 555 0101" }],
      declined: [{ field: "Date of birth", reason: "We do not hold a date of birth for you." }],
    });
    const done = await waitForRequestStatus(id, "completed");
    expect(done.partialRefusal).toBe("rectification_declined");
    expect(await shop("select phone from shop.customers where id = $1", [customer.id])).toEqual([
      { phone: "+1 804 555 0101" },
    ]);
    const [completed] = await db()
      .select({ payload: auditLog.payload })
      .from(auditLog)
      .where(eq(auditLog.requestId, id))
      .then((rows) => rows.filter((r) => (r.payload as { to?: string }).to === "completed"));
    expect(completed?.payload).toMatchObject({ partialRefusal: "rectification_declined" });

    const mail = await waitForMail(customer.email, /complete/);
    expect(mail.text).toContain("+1 804 555 0101");
    expect(mail.text).toContain("Date of birth");
    expect(mail.text).toContain("We do not hold a date of birth for you.");
    expect(mail.text).toContain(`/en/status/${token}#appeal`);

    const outcome = await completedOutcome(db(), { requestId: id, type: "rectification", locale: "en" });
    expect(outcome).toMatchObject({
      kind: "rectification",
      declined: [{ field: "Date of birth", reason: "We do not hold a date of birth for you." }],
    });
    expect((await subjectAppealView(id))!.openUntil).not.toBeNull();
    const [row] = await db().select({ p: requests.partialRefusal }).from(requests).where(eq(requests.id, id));
    expect(row?.p).toBe("rectification_declined");
  });
});
