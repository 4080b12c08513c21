import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requestClockEvents, requestMessages, requests, staffNotifications } from "@/lib/db/schema";
import { upsertStaff } from "@/lib/db/queries/staff";
import { replyAsSubject } from "./reply-as-subject";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { subjectTimeline } from "./timeline";
import { mailVerifiedRequest } from "@/scripts/test-support/mail-verified";
import { withdrawAsSubject } from "./withdraw-as-subject";
import type { Locale } from "@/lib/domain/locale";

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;

/** A verified request and its status token, as the portal leaves it. */
async function verifiedRequest(tag: string, locale: Locale = "en") {
  return mailVerifiedRequest({
    type: "rectification",
    email: email(tag),
    fullName: "Rémi Reply",
    locale,
    rectification: [{ field: "city", newValue: "Lyon" }],
  });
}

/** An access request: the one type whose clarification stops a GDPR clock (EDPB 01/2022 § 159, Recital 63). */
const verifiedAccess = (tag: string) =>
  mailVerifiedRequest({ type: "access", email: email(tag), fullName: "Rémi Reply", locale: "en" });

async function askSubject(requestId: string, message: string) {
  const dpo = await upsertStaff(db(), { email: email("dpo"), name: "DPO", role: "dpo", passwordHash: "x" });
  const actor = { kind: "staff" as const, id: dpo.id, role: "dpo" as const };
  await db().transaction(async (tx) => {
    await runTransition(tx, { requestId, actor, action: { type: "start" } });
    await runTransition(tx, { requestId, actor, action: { type: "ask_subject", message } });
  });
}

/** The bell titles (keys) the request put in front of staff. */
const bellKeysOf = async (id: string) =>
  (await db().select().from(staffNotifications).where(eq(staffNotifications.requestId, id))).map((n) => n.message?.key);

const actionsOf = async (id: string) =>
  (await db().select().from(auditLog).where(eq(auditLog.requestId, id))).map((a) => a.action);

afterAll(() => closeDb());

describe("replyAsSubject", () => {
  it("answers a staff question: message stored encrypted, clock resumed, status back to in progress, audited", async () => {
    const { id, token } = await verifiedAccess("reply");
    await askSubject(id, "Which city is the right one?");
    const result = await replyAsSubject({ token, body: "  Lyon, since March.\r\nThanks " });
    expect(result.resumed).toBe(true);

    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(row!.status).toBe("in_progress");
    expect(row!.pausedAt).toBeNull();
    const clock = await db().select().from(requestClockEvents).where(eq(requestClockEvents.requestId, id));
    expect(clock.map((c) => c.kind)).toEqual(["pause", "resume"]);
    const stored = await db().select().from(requestMessages).where(eq(requestMessages.requestId, id));
    const inbound = stored.find((m) => m.direction === "inbound")!;
    expect(inbound.bodyEnc).not.toContain("Lyon");
    expect(await actionsOf(id)).toEqual(expect.arrayContaining(["request.subject_replied", "request.subject_message"]));
    // Whoever handles it (no assignee here: the DPOs) is told the answer came (QA F23).
    expect(await bellKeysOf(id)).toContain("subject_replied");

    const view = await subjectTimeline(token);
    expect(view!.messages.map((m) => [m.from, m.body])).toEqual([
      ["staff", "Which city is the right one?"],
      ["you", "Lyon, since March.\nThanks"],
    ]);
    expect(view!.steps.map((s) => s.kind)).toEqual([
      "received",
      "confirmed",
      "started",
      "waiting_for_you",
      "you_replied",
    ]);
  });

  it("a message without a pending question changes no status", async () => {
    const { id, token } = await verifiedRequest("note");
    expect((await replyAsSubject({ token, body: "One more detail." })).resumed).toBe(false);
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(row!.status).toBe("new");
    expect(await actionsOf(id)).toContain("request.subject_message");
    expect(await bellKeysOf(id)).toContain("subject_message");
  });

  it("refuses blank or too long text, unknown tokens and closed requests", async () => {
    const { token } = await verifiedRequest("refuse");
    await expect(replyAsSubject({ token, body: "   " })).rejects.toMatchObject({
      code: "invalid_request",
      fields: { body: "required" },
    });
    await expect(replyAsSubject({ token, body: "x".repeat(5001) })).rejects.toMatchObject({
      code: "invalid_request",
      fields: { body: "too_long" },
    });
    await expect(replyAsSubject({ token: "forged", body: "hello" })).rejects.toMatchObject({ code: "not_found" });
    await withdrawAsSubject({ token });
    await expect(replyAsSubject({ token, body: "hello" })).rejects.toMatchObject({ code: "invalid_transition" });
  });
});
