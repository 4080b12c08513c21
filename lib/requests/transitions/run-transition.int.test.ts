import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, requestClockEvents, requests, staffUsers } from "@/lib/db/schema";
import { extractLink, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { runTransition } from "./run-transition";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";

let dpo: { id: string };
let agent: { id: string };

async function verifiedRequest(jurisdiction = "FR", type = "erasure") {
  const to = `tr.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type, email: to, fullName: "Terry Transition", locale: "en", jurisdiction },
    { channel: "portal", actor: { type: "subject" } },
  );
  const token = new URL(extractLink((await waitForMail(to)).text, "/en/verify")).searchParams.get("token")!;
  await verifyByToken(token);
  return { id, to };
}

beforeAll(async () => {
  const hash = await hashPassword("unused-password");
  dpo = await upsertStaff(db(), {
    email: `dpo.${randomBytes(3).toString("hex")}@t.test`,
    name: "T DPO",
    role: "dpo",
    passwordHash: hash,
  });
  agent = await upsertStaff(db(), {
    email: `agent.${randomBytes(3).toString("hex")}@t.test`,
    name: "T Agent",
    role: "agent",
    passwordHash: hash,
  });
});
afterAll(() => closeDb());

describe("runTransition", () => {
  it("lets only one of two racing changes made on the same version win", async () => {
    const { id } = await verifiedRequest();
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    const results = await Promise.allSettled([
      db().transaction((tx) =>
        runTransition(tx, {
          requestId: id,
          expectedVersion: row!.version,
          actor: { kind: "staff", id: agent.id, role: "agent" },
          action: { type: "assign", assigneeId: agent.id },
        }),
      ),
      db().transaction((tx) =>
        runTransition(tx, {
          requestId: id,
          expectedVersion: row!.version,
          actor: { kind: "staff", id: dpo.id, role: "dpo" },
          action: { type: "refuse", reasonCode: "excessive", reasonText: "Fifth identical request this month" },
        }),
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
  });

  it("mails the new assignee when someone else assigns the request", async () => {
    const { id } = await verifiedRequest();
    const agentRow = await db().select().from(staffUsers).where(eq(staffUsers.id, agent.id));
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: { kind: "staff", id: dpo.id, role: "dpo" },
        action: { type: "assign", assigneeId: agent.id },
      }),
    );
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    const mail = await waitForMailWhere(agentRow[0]!.email, (m) => m.subject.includes(row!.reference));
    expect(mail.subject).toMatch(/assigned to you/);
    expect(mail.text).toContain("T DPO assigned you");
  });

  it("writes the assignment mail in the assignee's language (staff_users.locale)", async () => {
    const { id } = await verifiedRequest();
    await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, agent.id));
    try {
      await db().transaction((tx) =>
        runTransition(tx, {
          requestId: id,
          actor: { kind: "staff", id: dpo.id, role: "dpo" },
          action: { type: "assign", assigneeId: agent.id },
        }),
      );
      const [row] = await db().select().from(requests).where(eq(requests.id, id));
      const [agentRow] = await db().select().from(staffUsers).where(eq(staffUsers.id, agent.id));
      const mail = await waitForMailWhere(agentRow!.email, (m) => m.subject.includes(row!.reference));
      expect(mail.subject).toMatch(/vous a été attribuée \(échéance le \d{1,2}(er)? \S+ \d{4}\)$/);
      expect(mail.text).toContain("T DPO vous a attribué cette demande");
    } finally {
      await db().update(staffUsers).set({ locale: null }).where(eq(staffUsers.id, agent.id));
    }
  });

  it("refuses what the lifecycle forbids and writes nothing", async () => {
    const { id } = await verifiedRequest();
    const before = await db().select().from(auditLog).where(eq(auditLog.requestId, id));
    await expect(
      db().transaction((tx) =>
        runTransition(tx, {
          requestId: id,
          actor: { kind: "staff", id: agent.id, role: "agent" },
          action: { type: "refuse", reasonCode: "other", reasonText: "no" },
        }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    const after = await db().select().from(auditLog).where(eq(auditLog.requestId, id));
    expect(after).toHaveLength(before.length);
  });

  it("stops the clock while the subject is asked, moves the deadline on resume, and extends once with a mailed notice", async () => {
    // An access request: only its clarification stops a GDPR clock (EDPB 01/2022 § 159, Recital 63).
    const { id, to } = await verifiedRequest("FR", "access");
    const staff = { kind: "staff" as const, id: dpo.id, role: "dpo" as const };
    await db().transaction((tx) => runTransition(tx, { requestId: id, actor: staff, action: { type: "start" } }));
    const [started] = await db().select().from(requests).where(eq(requests.id, id));
    const askAt = new Date(started!.receivedAt.getTime() + 2 * 86_400_000);
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: staff,
        action: { type: "ask_subject", message: "Which account number?" },
        now: askAt,
      }),
    );
    const replyAt = new Date(askAt.getTime() + 5 * 86_400_000);
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: { kind: "subject" },
        action: { type: "subject_replied" },
        now: replyAt,
      }),
    );
    const [resumed] = await db().select().from(requests).where(eq(requests.id, id));
    expect(resumed!.status).toBe("in_progress");
    expect(resumed!.pausedAt).toBeNull();
    expect(resumed!.dueDate > started!.dueDate).toBe(true);
    const clock = await db().select().from(requestClockEvents).where(eq(requestClockEvents.requestId, id));
    expect(clock.map((c) => c.kind)).toEqual(["pause", "resume"]);

    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: staff,
        action: { type: "extend", reason: "Data spread over 12 systems" },
        now: replyAt,
      }),
    );
    const [extended] = await db().select().from(requests).where(eq(requests.id, id));
    expect(extended!.extendedDueDate).toBe(extended!.dueDate);
    expect(extended!.dueDate > resumed!.dueDate).toBe(true);
    const notice = await waitForMailWhere(to, (m) => m.text.includes("Data spread over 12 systems"));
    expect(notice.text).toContain(extended!.reference);
    await expect(
      db().transaction((tx) =>
        runTransition(tx, { requestId: id, actor: staff, action: { type: "extend", reason: "again" }, now: replyAt }),
      ),
    ).rejects.toMatchObject({ code: "extension_not_allowed" });
  });
});
