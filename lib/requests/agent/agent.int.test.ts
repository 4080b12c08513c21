import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequestAgent, readPermissionDocument } from "@/lib/db/queries/request-agents";
import { auditLog, requestAgents } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { minimiseRequest } from "@/lib/maintenance/minimise-closed-requests";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { fileAsAgent } from "./file-as-agent";
import { reviewAgentPermission } from "./review-agent-permission";

afterAll(() => closeDb());

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(2048), Buffer.from("\n%%EOF\n")]);
const filing = (permission: Buffer, agentEmail = email("agent")) => ({
  agent: { agentName: "Alex Agent", agentEmail, agentOrganisation: "Privacy Helpers LLC, CA reg. 1234" },
  consumer: {
    type: "access",
    email: email("consumer"),
    fullName: "Casey Consumer",
    locale: "en",
    jurisdiction: "US-CA",
  },
  permission,
});

describe("an authorised agent files for a consumer (11 CCR § 7063)", () => {
  it("refuses a right the CCPA does not grant (422 on type): restriction, objection, another state's opt-out", async () => {
    for (const type of ["restriction", "objection", "opt_out_targeted_ads", "opt_out_profiling", "opt_out_sensitive"]) {
      const f = filing(PDF);
      await expect(
        fileAsAgent(
          {
            ...f,
            consumer: {
              ...f.consumer,
              type,
              objectionScope: "direct_marketing",
              restrictionGround: "accuracy_contested",
            },
          },
          { channel: "portal" },
        ),
        type,
      ).rejects.toMatchObject({ code: "right_not_granted", fields: { type: expect.stringMatching(/US-CA/) } });
    }
  });

  it("refuses a permission whose content is not a PDF or an image, whatever its name (415 on permission)", async () => {
    const html = Buffer.from("<html><body>I, Casey, authorise Alex</body></html>");
    await expect(fileAsAgent(filing(html), { channel: "portal" })).rejects.toMatchObject({
      code: "unsupported_media_type",
      fields: { permission: expect.stringMatching(/PDF, PNG or JPEG/) },
    });
  });

  it("refuses a permission larger than AGENT_PERMISSION_MAX_BYTES (413 on permission)", async () => {
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(env().AGENT_PERMISSION_MAX_BYTES)]);
    await expect(fileAsAgent(filing(big), { channel: "portal" })).rejects.toMatchObject({
      code: "payload_too_large",
      fields: { permission: expect.any(String) },
    });
  });

  it("stores an accepted PDF encrypted, mails the agent, lets staff decide once, and purges it with the request", async () => {
    const agentEmail = email("agent");
    const input = filing(PDF, agentEmail);
    const filed = await fileAsAgent(input, { channel: "portal" });
    expect(filed.status).toBe("unverified");
    // The consumer is told who filed it and that not confirming withdraws it, not to ignore it (§ 7063(a)).
    const verification = (await waitForMail(input.consumer.email, /Confirm your request/)).text.replace(/\s+/g, " ");
    expect(verification).toContain("made for you by Alex Agent (Privacy Helpers LLC, CA reg. 1234)");
    expect(verification).toContain("If you did not authorise them, do not confirm it");
    expect(verification).not.toContain("ignore this mail");

    // At rest: ciphertext, neither the bytes nor their base64.
    const [row] = await db().select().from(requestAgents).where(eq(requestAgents.requestId, filed.id));
    expect(row!.permissionType).toBe("application/pdf");
    expect(row!.permissionBytes).toBe(PDF.length);
    expect(row!.permissionEnc).not.toContain(PDF.toString("base64").slice(0, 40));
    expect(row!.permissionEnc).not.toContain("%PDF");
    expect(row!.agentEmailEnc).not.toContain(agentEmail);
    expect((await readPermissionDocument(db(), { requestId: filed.id }))!.bytes.equals(PDF)).toBe(true);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, filed.id), eq(auditLog.action, "request.agent_filed")));
    expect(audit!.payload).toMatchObject({ documentType: "application/pdf", bytes: PDF.length });
    expect(JSON.stringify(audit!.payload)).not.toContain(agentEmail);
    expect((await waitForMail(agentEmail, /received for the consumer/)).text).toContain(filed.reference);

    const dpo = await testStaff("dpo");
    const manager = await testStaff("manager");
    await expect(
      reviewAgentPermission({ requestId: filed.id, decision: "approved", reason: "ok" }, manager),
    ).rejects.toMatchObject({ code: "forbidden" });
    await reviewAgentPermission(
      { requestId: filed.id, decision: "rejected", reason: "the permission is not signed by the consumer" },
      dpo,
    );
    const view = await findRequestAgent(db(), { requestId: filed.id });
    expect(view!.review).toMatchObject({ status: "rejected", by: dpo.id });
    await expect(
      reviewAgentPermission({ requestId: filed.id, decision: "approved", reason: "changed my mind" }, dpo),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await waitForMail(agentEmail, /permission rejected/)).text).toContain("not signed by the consumer");

    // Closed long ago: minimisation deletes the agent's identity and the document with the subject's data.
    await db().execute(sql`update requests set status = 'withdrawn', closed_at = now() - interval '25 months'
      where id = ${filed.id}`);
    expect(await minimiseRequest({ requestId: filed.id, months: 24, now: new Date() })).toBe(true);
    expect(await db().select().from(requestAgents).where(eq(requestAgents.requestId, filed.id))).toEqual([]);
  });
});
