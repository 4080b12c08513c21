import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { listNotices } from "@/lib/db/queries/recipient-notices";
import { findRequest } from "@/lib/db/queries/requests";
import { listTasks } from "@/lib/db/queries/tasks";
import { auditLog, dataSystems } from "@/lib/db/schema";
import { approveErasure } from "@/lib/fulfilment/decisions/approve-erasure";
import { INTERNAL_STEPS } from "@/lib/fulfilment/engine/internal-steps";
import { waitForMailWhere } from "@/scripts/test-support/mailbox";
import {
  shopCustomerWithOrders,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
  withSystem,
} from "@/scripts/test-support/fulfilment";
import { acknowledgeNotice } from "./acknowledge-notice";
import { resendNotice } from "./resend-notice";

/** Art. 19: only the recipients of systems that held the person's records are told, and each notice is tracked. */

const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });

const mailsWith = async (to: string, phrase: string) =>
  (await listDevMail(db(), { to })).filter((m) => m.text.includes(phrase));

describe("Art. 19 notices after an erasure", () => {
  it("go only to the recipients of the system that held records; rows read back; re-send and acknowledge work", async () => {
    const tag = randomBytes(4).toString("hex");
    const newsAddress = `notices-${tag}@newsco.test`;
    // A customer with orders and no newsletter row: the newsletter tool holds nothing about them.
    const customer = await shopCustomerWithOrders(1);
    const [shopSystem] = await db().select().from(dataSystems).where(eq(dataSystems.key, "demo-shop"));
    await withSystem(
      {
        key: `newsletter-${tag}`,
        name: `Newsletter tool ${tag}`,
        kind: "postgres",
        enabled: true,
        config: {
          dataset: {
            key: `newsletter-${tag}`,
            tables: [
              {
                name: "shop.newsletter_subscriptions",
                category: "Marketing",
                identity: { email: "email" },
                fields: { email: { category: "Contact details", erasure: "delete" } },
              },
            ],
          },
        },
        recipients: [{ name: `NewsCo ${tag}`, email: newsAddress }],
      },
      null,
      async (newsSystemId) => {
        const id = await verifiedRequest({ type: "erasure", email: customer.email });
        await startRequest(id, agent);
        await waitForStep(id, "approve_erasure", "waiting");
        await approveErasure(dpo.id, { requestId: id });
        await waitForRequestStatus(id, "completed");

        // Both systems erased (the newsletter tool had nothing): its step succeeded all the same.
        const tasks = await listTasks(db(), { requestId: id });
        const erased = tasks.filter((t) => t.operation === "erase").map((t) => [t.systemId, t.status]);
        expect(erased).toContainEqual([newsSystemId, "succeeded"]);
        expect(erased).toContainEqual([shopSystem!.id, "succeeded"]);

        // The shop's recipients are notified, with the person's e-mail; the newsletter tool's are not.
        const parcel = await waitForMailWhere("privacy@parcelco.test", (m) => m.text.includes(customer.email));
        expect(parcel.subject).toMatch(/erase/i);
        await waitForMailWhere("dpo@payfast.test", (m) => m.text.includes(customer.email));
        await new Promise((r) => setTimeout(r, 1500));
        expect(await listDevMail(db(), { to: newsAddress })).toEqual([]);

        const notices = await listNotices(db(), { requestId: id });
        expect(notices.map((n) => [n.systemId, n.recipientEmail, n.status, n.sendCount, n.action]).sort()).toEqual(
          [
            [shopSystem!.id, "dpo@payfast.test", "sent", 1, "erasure"],
            [shopSystem!.id, "privacy@mailjetty.test", "sent", 1, "erasure"],
            [shopSystem!.id, "privacy@parcelco.test", "sent", 1, "erasure"],
          ].sort(),
        );
        expect(notices.some((n) => n.systemId === newsSystemId)).toBe(false);

        // The step run again (at-least-once delivery) records and sends nothing more.
        const request = (await findRequest(db(), { id }))!;
        const step = tasks.find((t) => t.operation === "notify_recipients")!;
        await db().transaction((tx) =>
          INTERNAL_STEPS.notify_recipients({ tx, request, task: step, tasks, now: new Date() }),
        );
        expect(await listNotices(db(), { requestId: id })).toHaveLength(3);

        // Re-send: a second mail to the same recipient, the row counts it.
        const parcelNotice = notices.find((n) => n.recipientEmail === "privacy@parcelco.test")!;
        expect(await resendNotice(agent.id, { requestId: id, noticeId: parcelNotice.id })).toEqual({ sendCount: 2 });
        await waitForMailWhere(
          "privacy@parcelco.test",
          (_m, all) => all.filter((x) => x.text.includes(customer.email)).length === 2,
        );
        expect(await mailsWith("privacy@parcelco.test", customer.email)).toHaveLength(2);

        // Acknowledge: the row records who and how; no re-send after that.
        await acknowledgeNotice(agent.id, { requestId: id, noticeId: parcelNotice.id, note: "Reply from their DPO" });
        const after = (await listNotices(db(), { requestId: id })).find((n) => n.id === parcelNotice.id)!;
        expect(after).toMatchObject({
          status: "acknowledged",
          acknowledgedBy: agent.id,
          acknowledgementNote: "Reply from their DPO",
          sendCount: 2,
        });
        await expect(resendNotice(agent.id, { requestId: id, noticeId: parcelNotice.id })).rejects.toMatchObject({
          code: "conflict",
        });
        await expect(acknowledgeNotice(agent.id, { requestId: id, noticeId: parcelNotice.id })).rejects.toMatchObject({
          code: "conflict",
        });

        // A notice is reached only through its own request.
        const other = await verifiedRequest({ type: "access", email: `other-${tag}@shop.test` });
        await expect(acknowledgeNotice(agent.id, { requestId: other, noticeId: notices[0]!.id })).rejects.toMatchObject(
          { code: "not_found" },
        );

        const audit = await db()
          .select({ action: auditLog.action, actorId: auditLog.actorId })
          .from(auditLog)
          .where(and(eq(auditLog.requestId, id)));
        const actions = audit.map((a) => a.action).filter((a) => a.startsWith("notice."));
        expect(actions.sort()).toEqual(
          ["notice.acknowledged", "notice.resent", "notice.sent", "notice.sent", "notice.sent"].sort(),
        );
      },
    );
  }, 90_000);
});
