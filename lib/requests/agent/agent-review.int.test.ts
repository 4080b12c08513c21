import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { auditLog } from "@/lib/db/schema";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { fileAsAgent } from "./file-as-agent";
import { reviewAgentPermission } from "./review-agent-permission";

afterAll(() => closeDb());

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(1024), Buffer.from("\n%%EOF\n")]);
const filing = (consumerEmail: string, agentEmail: string, locale: "en" | "fr") => ({
  agent: { agentName: "Alex Agent", agentEmail, agentOrganisation: "Privacy Helpers LLC" },
  consumer: { type: "access", email: consumerEmail, fullName: "Casey Consumer", locale, jurisdiction: "US-CA" },
  permission: PDF,
});

const actions = async (requestId: string, names: string[]) =>
  db()
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.requestId, requestId), inArray(auditLog.action, names)));

describe("the decision on an agent's permission moves the request", () => {
  it("approved by a caseworker: the request waiting for verification is verified and enters the lifecycle, in the same transaction", async () => {
    const consumer = email("consumer");
    const filed = await fileAsAgent(filing(consumer, email("agent"), "en"), { channel: "portal" });
    expect(filed.status).toBe("unverified");
    const caseworker = await testStaff("agent");
    await reviewAgentPermission(
      { requestId: filed.id, decision: "approved", reason: "signed permission matches the consumer" },
      caseworker,
    );
    const row = (await findRequest(db(), { id: filed.id }))!;
    expect(row.status).toBe("new");
    expect(row.verifiedAt).not.toBeNull();
    const audits = await actions(filed.id, ["request.agent_permission_approved", "request.verified"]);
    expect(audits.map((a) => a.action).sort()).toEqual(["request.agent_permission_approved", "request.verified"]);
    // The consumer gets the usual acknowledgement of a verified request.
    await waitForMail(consumer, /We have received your request/);
  });

  it("rejected: only a DPO or admin may (it refuses the request); the request is refused with the reason, the agent told in French", async () => {
    const consumer = email("consumer");
    const agentEmail = email("agent");
    const filed = await fileAsAgent(filing(consumer, agentEmail, "fr"), { channel: "portal" });
    await expect(
      reviewAgentPermission(
        { requestId: filed.id, decision: "rejected", reason: "no signature" },
        await testStaff("agent"),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await reviewAgentPermission(
      { requestId: filed.id, decision: "rejected", reason: "la procuration n'est pas signée par la personne" },
      await testStaff("dpo"),
    );
    const row = (await findRequest(db(), { id: filed.id }))!;
    expect(row.status).toBe("rejected");
    expect(row.refusalReasonCode).toBe("identity_not_verified");
    const audits = await actions(filed.id, ["request.agent_permission_rejected", "request.refused"]);
    expect(audits.map((a) => a.action).sort()).toEqual(["request.agent_permission_rejected", "request.refused"]);
    const agentMail = await waitForMail(agentEmail, /refusée/);
    expect(agentMail.text).toContain("la procuration n'est pas signée par la personne");
    const refusal = await waitForMail(consumer, /Notre réponse/);
    expect(refusal.text).toContain("la procuration n'est pas signée par la personne");
  });

  it("rejected for an opt-out of sale: refused on the facts ('other'), never as an unverified identity (opt-outs need none, 11 CCR § 7026(d))", async () => {
    const consumer = email("consumer");
    const filed = await fileAsAgent(
      {
        ...filing(consumer, email("agent"), "en"),
        consumer: { ...filing(consumer, "", "en").consumer, type: "opt_out_sale" },
      },
      { channel: "portal" },
    );
    await reviewAgentPermission(
      { requestId: filed.id, decision: "rejected", reason: "the permission is signed by someone else" },
      await testStaff("dpo"),
    );
    const row = (await findRequest(db(), { id: filed.id }))!;
    expect(row.status).toBe("rejected");
    expect(row.refusalReasonCode).toBe("other");
    const refusal = await waitForMail(consumer, /Our answer/);
    expect(refusal.text).toContain("the permission is signed by someone else");
    expect(refusal.text).not.toContain("could not confirm that you are the person");
  });
});
