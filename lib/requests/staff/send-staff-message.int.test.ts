import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { decrypt } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, outbox, requestMessages, requests, staffUsers } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { extractCode, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { sendStaffMessage } from "./send-staff-message";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import type { Locale } from "@/lib/domain/locale";

const tag = () => randomBytes(4).toString("hex");
const PASSWORD = `msg-${tag()}-password`;
let agent: { id: string; email: string };
let manager: { id: string; email: string };
let frenchAgent: { id: string; email: string };

async function request(locale: Locale, verified = true) {
  const to = `msg.${tag()}@example.net`;
  const { id, reference } = await submitRequest(
    { type: "access", email: to, fullName: "Maëlle Message", locale },
    { channel: "portal", actor: { type: "subject" } },
  );
  const mail = await waitForMail(to);
  if (verified) await verifyByCode(id, extractCode(mail.text));
  return { id, reference, to };
}

const messagesOf = (id: string) => db().select().from(requestMessages).where(eq(requestMessages.requestId, id));
const auditOf = (id: string) => db().select().from(auditLog).where(eq(auditLog.requestId, id));

/**
 * A real staff session on the running instance (next-auth's credentials flow, as the form does it),
 * so the route's session and `can()` checks run exactly as in production.
 */
async function sessionCookie(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0]!;
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${appUrl()}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${appUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  keep(signIn);
  if (![...jar.keys()].some((k) => k.endsWith("session-token")))
    throw new Error(`sign-in as ${email} failed (${signIn.status})`);
  return header();
}

const postMessage = (id: string, message: string, cookie?: string) =>
  fetch(`${appUrl()}/api/staff/requests/${id}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ message }),
  });

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  agent = await upsertStaff(db(), { email: `agent.${tag()}@msg.test`, name: "Mia Agent", role: "agent", passwordHash });
  manager = await upsertStaff(db(), {
    email: `manager.${tag()}@msg.test`,
    name: "Max Manager",
    role: "manager",
    passwordHash,
  });
  frenchAgent = await upsertStaff(db(), {
    email: `agent.fr.${tag()}@msg.test`,
    name: "Léa Agent",
    role: "agent",
    passwordHash,
  });
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, frenchAgent.id));
});
afterAll(() => closeDb());

describe("sendStaffMessage", () => {
  it("stores the message encrypted, audits it and mails it to the subject in their language", async () => {
    const { id, reference, to } = await request("fr");
    const text = `Bonjour, pouvez-vous préciser la période concernée ? ${tag()}`;
    const [before] = await db().select().from(requests).where(eq(requests.id, id));
    const { messageId } = await sendStaffMessage({ requestId: id, staffId: agent.id, message: `  ${text}\n ` });

    const [row] = await messagesOf(id);
    expect(row).toMatchObject({
      id: messageId,
      direction: "outbound",
      templateKey: "staff_message",
      authorStaffId: agent.id,
    });
    expect(row!.bodyEnc).not.toContain("période");
    expect(decrypt(row!.bodyEnc, `request_messages.body:${id}`)).toBe(text);
    // The queued mail is sealed as well: nothing of the message sits in the outbox in clear.
    const [job] = await db()
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}->>'key' = ${`staff_message-${messageId}`}`);
    expect(job).toBeDefined();
    expect(JSON.stringify(job!.payload)).not.toContain("période");

    const entry = (await auditOf(id)).find((a) => a.action === "request.message_sent");
    expect(entry).toMatchObject({
      actorType: "staff",
      actorId: agent.id,
      payload: { messageId, template: "staff_message", locale: "fr" },
    });
    expect(JSON.stringify(entry!.payload)).not.toContain("période");

    const mail = await waitForMailWhere(to, (m) => m.subject.startsWith("Nouveau message"));
    expect(mail.subject).toContain(reference);
    expect(mail.text).toContain(text);
    expect(mail.text).toMatch(/\/fr\/status\//);
    // The request itself is untouched: messages are additive (no version bump, no status change).
    const [after] = await db().select().from(requests).where(eq(requests.id, id));
    expect(after).toMatchObject({ status: before!.status, version: before!.version });
  });

  it("writes in English to an English-speaking subject", async () => {
    const { id, to } = await request("en");
    await sendStaffMessage({
      requestId: id,
      staffId: agent.id,
      message: "Could you tell us which account this is about?",
    });
    const mail = await waitForMailWhere(to, (m) => m.subject.startsWith("New message about your request"));
    expect(mail.text).toContain("Could you tell us which account this is about?");
  });

  it("refuses an empty or too long message, an unknown request, and an address not yet verified — writing nothing", async () => {
    const { id } = await request("en");
    await expect(sendStaffMessage({ requestId: id, staffId: agent.id, message: "  \n " })).rejects.toMatchObject({
      code: "reason_required",
      fields: { message: "is required" },
    });
    await expect(
      sendStaffMessage({ requestId: id, staffId: agent.id, message: "x".repeat(5001) }),
    ).rejects.toMatchObject({ code: "invalid_request" });
    await expect(
      sendStaffMessage({ requestId: "00000000-0000-4000-8000-000000000000", staffId: agent.id, message: "Hello" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await messagesOf(id)).toHaveLength(0);

    const unverified = await request("en", false);
    await expect(
      sendStaffMessage({ requestId: unverified.id, staffId: agent.id, message: "Hello" }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
    expect(await messagesOf(unverified.id)).toHaveLength(0);
    expect((await auditOf(unverified.id)).map((a) => a.action)).not.toContain("request.message_sent");
    // Withdrawn because it was never confirmed (the unverified sweep's outcome): the address is still unproven.
    await db()
      .update(requests)
      .set({ status: "withdrawn", closedAt: new Date() })
      .where(eq(requests.id, unverified.id));
    await expect(
      sendStaffMessage({ requestId: unverified.id, staffId: agent.id, message: "Hello" }),
    ).rejects.toMatchObject({ code: "invalid_transition" });
    expect(await messagesOf(unverified.id)).toHaveLength(0);
  });
});

describe("POST /api/staff/requests/:id/messages", () => {
  it("refuses a manager (403) and a request without a session (401); nothing is stored or mailed", async () => {
    const { id, to } = await request("en");
    const asManager = await postMessage(id, "Managers only read.", await sessionCookie(manager.email));
    expect(asManager.status).toBe(403);
    expect(await asManager.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await postMessage(id, "No session.")).status).toBe(401);

    expect(await messagesOf(id)).toHaveLength(0);
    expect((await auditOf(id)).map((a) => a.action)).not.toContain("request.message_sent");
    await new Promise((r) => setTimeout(r, 1500));
    expect((await listDevMail(db(), { to })).map((m) => m.subject)).not.toContainEqual(
      expect.stringMatching(/^New message/),
    );
  });

  it("lets an agent write: stored under their name and mailed", async () => {
    const { id, to } = await request("en");
    const res = await postMessage(id, "Sent through the route.", await sessionCookie(agent.email));
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { messageId: string } };
    const stored = await db()
      .select()
      .from(requestMessages)
      .where(and(eq(requestMessages.requestId, id), eq(requestMessages.id, data.messageId)));
    expect(stored[0]).toMatchObject({ authorStaffId: agent.id, direction: "outbound" });
    await waitForMailWhere(to, (m) => m.text.includes("Sent through the route."));
  });

  it("answers a French-speaking member in French: the error's sentence and each field's reason", async () => {
    const { id } = await request("fr");
    const cookie = await sessionCookie(frenchAgent.email);
    const tooLong = await postMessage(id, "x".repeat(5001), cookie);
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({
      error: {
        code: "invalid_request",
        message: "Certains champs ne sont pas valides.",
        fields: { message: "doit contenir au plus 5000 caractères" },
      },
    });
    const empty = await postMessage(id, "  \n ", cookie);
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      error: { code: "reason_required", fields: { message: "est obligatoire" } },
    });
    expect(await messagesOf(id)).toHaveLength(0);
  });
});
