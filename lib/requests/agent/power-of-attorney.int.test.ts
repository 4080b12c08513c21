import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequestAgent } from "@/lib/db/queries/request-agents";
import { findRequest } from "@/lib/db/queries/requests";
import { auditLog, mailDeliveries, requestVerifications } from "@/lib/db/schema";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { askConsumerToVerify } from "./ask-consumer-to-verify";
import { fileAsAgent } from "./file-as-agent";
import { reviewAgentPermission } from "./review-agent-permission";

afterAll(() => closeDb());

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(1024), Buffer.from("\n%%EOF\n")]);
const filing = (consumerEmail: string, agentEmail: string, kind?: "signed_permission" | "power_of_attorney") => ({
  agent: { agentName: "Pat Attorney", agentEmail, ...(kind ? { permissionKind: kind } : {}) },
  consumer: { type: "access", email: consumerEmail, fullName: "Casey Consumer", locale: "en", jurisdiction: "US-CA" },
  permission: PDF,
});
const audits = async (requestId: string, action: string) =>
  db()
    .select({ actorType: auditLog.actorType, payload: auditLog.payload })
    .from(auditLog)
    .where(and(eq(auditLog.requestId, requestId), eq(auditLog.action, action)));

describe("11 CCR § 7063(b): an agent holding a power of attorney", () => {
  it("files without the consumer being asked to verify; asking is refused; accepting the document verifies the request", async () => {
    const consumer = email("poa-consumer");
    const agentEmail = email("poa-agent");
    const filed = await fileAsAgent(filing(consumer, agentEmail, "power_of_attorney"), { channel: "portal" });
    expect(filed.status).toBe("unverified");
    expect((await findRequestAgent(db(), { requestId: filed.id }))?.permission.kind).toBe("power_of_attorney");
    const [filedAudit] = await audits(filed.id, "request.agent_filed");
    expect(filedAudit?.payload).toMatchObject({ permissionKind: "power_of_attorney" });
    // No verification secrets and no verification mail for the consumer (so no expiry sweep either).
    const secrets = await db().select().from(requestVerifications).where(eq(requestVerifications.requestId, filed.id));
    expect(secrets).toHaveLength(0);
    const ack = await waitForMail(agentEmail, /received for the consumer/);
    expect(ack.text).toContain("power of attorney");
    expect(ack.text).toContain("7063(b)");
    // Filed under the agent as its recipient (the Mails panel names the agent, not the consumer).
    const [ackRow] = await db()
      .select({ recipientRole: mailDeliveries.recipientRole })
      .from(mailDeliveries)
      .where(eq(mailDeliveries.key, `agent-received-${filed.id}`));
    expect(ackRow?.recipientRole).toBe("agent");

    const caseworker = await testStaff("agent");
    await expect(askConsumerToVerify({ requestId: filed.id }, caseworker)).rejects.toMatchObject({
      code: "conflict",
      fields: { requestId: expect.stringContaining("7063(b)") },
    });
    expect(await audits(filed.id, "request.consumer_asked_to_verify")).toHaveLength(0);

    await reviewAgentPermission(
      { requestId: filed.id, decision: "approved", reason: "notarised power of attorney, dated and signed" },
      caseworker,
    );
    expect((await findRequest(db(), { id: filed.id }))?.status).toBe("new");
    // The first mail the consumer gets is the acknowledgement of a verified request, never a verification mail.
    await waitForMail(consumer, /We have received your request/);
    const toConsumer = await listDevMail(db(), { to: consumer });
    expect(toConsumer.some((m) => /confirm|verify/i.test(m.subject))).toBe(false);
  });

  it("with a signed permission (the default), staff may ask the consumer to verify directly: a fresh verification mail, audited as theirs", async () => {
    const consumer = email("sp-consumer");
    const filed = await fileAsAgent(filing(consumer, email("sp-agent")), { channel: "portal" });
    expect((await findRequestAgent(db(), { requestId: filed.id }))?.permission.kind).toBe("signed_permission");
    const first = await waitForMail(consumer);
    const caseworker = await testStaff("agent");
    await askConsumerToVerify({ requestId: filed.id }, caseworker);
    const [asked] = await audits(filed.id, "request.consumer_asked_to_verify");
    expect(asked?.actorType).toBe("staff");
    await waitForMailWhere(consumer, (m, all) => all.length >= 2 && m.subject === first.subject);
    // A manager does not see subject data, so may not.
    await expect(askConsumerToVerify({ requestId: filed.id }, await testStaff("manager"))).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
