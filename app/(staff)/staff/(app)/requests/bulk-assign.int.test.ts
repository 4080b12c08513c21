import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { auditLog, requests } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { waitForMailWhere } from "@/scripts/test-support/mailbox";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { formOf } from "@/scripts/test-support/form";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import type { SessionClaims, SignedInStaff } from "@/scripts/test-support/staff-session";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { bulkAssignAction } from "./actions";

// Only the cookie decoding and Next's page cache are replaced; session re-read, policy, lifecycle,
// audit and mail are the real ones.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const { dpo, admin, agent, manager } = signedInStaffForFile(cookie, {
  dpo: "Dora DPO",
  admin: "Ada Admin",
  agent: `Alix Agent ${randomBytes(3).toString("hex")}`,
  manager: "Max Manager",
});

const email = () => `bulk.${randomBytes(4).toString("hex")}@example.net`;
async function newRequests(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await verifiedRequest({ type: "erasure", email: email() }));
  return rowsOf(ids);
}
async function rowsOf(ids: string[]) {
  const rows = await db().select().from(requests).where(inArray(requests.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!);
}
const item = (r: { id: string; version: number }) => `${r.id}:${r.version}`;
const assignAudits = async (ids: string[]) =>
  (await db().select().from(auditLog).where(inArray(auditLog.requestId, ids)).orderBy(auditLog.seq)).filter(
    (a) => a.action === "request.assigned",
  );
const bulkAs = (who: SignedInStaff, fields: Record<string, string | string[]>) => {
  cookie.claims = who.claims;
  return bulkAssignAction(null, formOf(fields));
};

describe("bulk assign from the queue", () => {
  it("a DPO assigns the selected requests: each row assigned and one version further, audited, and the assignee mailed once per request", async () => {
    const before = await newRequests(3);
    const result = await bulkAs(dpo, { items: before.map(item), assigneeId: agent.id });

    expect(result).toEqual({ ok: true, value: { assigned: 3, failed: [] }, message: "3 assigned." });
    const after = await rowsOf(before.map((r) => r.id));
    expect(after.map((r) => [r.assigneeId, r.version])).toEqual(before.map((r) => [agent.id, r.version + 1]));
    const audits = await assignAudits(before.map((r) => r.id));
    expect(audits.map((a) => a.requestId).sort()).toEqual(before.map((r) => r.id).sort());
    for (const a of audits)
      expect(a).toMatchObject({
        actorType: "staff",
        actorId: dpo.id,
        payload: expect.objectContaining({ assigneeId: agent.id, previousAssigneeId: null }),
      });
    expect(cookie.revalidated).toEqual(["/staff/requests"]);

    for (const r of before) {
      const mail = await waitForMailWhere(agent.email, (m) =>
        m.subject.startsWith(`${r.reference} was assigned to you`),
      );
      expect(mail.subject).toBe(`${r.reference} was assigned to you (due ${formatStaffDay(r.dueDate, "en")})`);
      expect(mail.text).toContain(`Dora DPO assigned you this erasure request.`);
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      (await listDevMail(db(), { to: agent.email })).filter((m) => /was assigned to you/.test(m.subject)),
    ).toHaveLength(3);
  });

  it("goes through for the rest when some fail: a request changed since the queue was shown is a conflict, an unverified one is not assignable", async () => {
    const [fresh, changed] = await newRequests(2);
    const unverified = await submitRequest(
      { type: "access", email: email(), fullName: "Una Verified", locale: "en" },
      { channel: "portal", actor: { type: "subject" } },
    );
    const [unverifiedRow] = await rowsOf([unverified.id]);
    // Someone assigns `changed` to themself after the queue was rendered.
    await runStaffTransition(
      { type: "assign", requestId: changed!.id, version: changed!.version, assigneeId: admin.id },
      { id: admin.id, role: "admin" },
    );

    const result = await bulkAs(admin, {
      items: [item(fresh!), item(changed!), item(unverifiedRow!)],
      assigneeId: agent.id,
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        assigned: 1,
        failed: [
          { requestId: changed!.id, code: "conflict" },
          { requestId: unverified.id, code: "invalid_transition" },
        ],
      },
      message: "1 assigned; 2 not assigned (changed by someone else or not assignable now) — reload and try again.",
    });
    const after = await rowsOf([fresh!.id, changed!.id, unverified.id]);
    expect(after.map((r) => r.assigneeId)).toEqual([agent.id, admin.id, null]);
    expect(after.map((r) => r.version)).toEqual([fresh!.version + 1, changed!.version + 1, unverifiedRow!.version]);
    // Only the two assignments that happened are audited (the admin's own and the bulk one).
    const audits = await assignAudits([fresh!.id, changed!.id, unverified.id]);
    expect(audits.map((a) => [a.requestId, a.actorId]).sort()).toEqual(
      [
        [fresh!.id, admin.id],
        [changed!.id, admin.id],
      ].sort(),
    );
    expect(audits.find((a) => a.requestId === fresh!.id)!.payload).toMatchObject({ assigneeId: agent.id });
  });

  it("unassigns with an empty assignee", async () => {
    const [r] = await newRequests(1);
    await bulkAs(dpo, { items: [item(r!)], assigneeId: agent.id });
    const [assigned] = await rowsOf([r!.id]);
    expect(await bulkAs(dpo, { items: [item(assigned!)], assigneeId: "" })).toMatchObject({
      ok: true,
      message: "1 assigned.",
    });
    const [after] = await rowsOf([r!.id]);
    expect(after!.assigneeId).toBeNull();
    const audits = await assignAudits([r!.id]);
    expect(audits.map((a) => (a.payload as { assigneeId: string | null }).assigneeId)).toEqual(
      expect.arrayContaining([agent.id, null]),
    );
  });

  it("is refused to agents and managers, who lack the right, and to nobody signed in: nothing changes", async () => {
    const before = await newRequests(2);
    for (const who of [agent, manager])
      expect(await bulkAs(who, { items: before.map(item), assigneeId: who.id })).toEqual({
        ok: false,
        code: "forbidden",
        message: "You are not allowed to do this.",
        // The refusal's detail as a key, so the page can word it in the member's language.
        detail: { key: "common.not_allowed" },
      });
    cookie.claims = null;
    expect(await bulkAssignAction(null, formOf({ items: before.map(item), assigneeId: dpo.id }))).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    const after = await rowsOf(before.map((r) => r.id));
    expect(after.map((r) => [r.assigneeId, r.version])).toEqual(before.map((r) => [null, r.version]));
    expect(await assignAudits(before.map((r) => r.id))).toEqual([]);
    expect(cookie.revalidated).toEqual([]);
  });

  it("answers a field error when nothing is selected or an item is not a request", async () => {
    expect(await bulkAs(dpo, { assigneeId: agent.id })).toMatchObject({
      ok: false,
      code: "invalid_request",
      fields: { items: "select at least one request" },
    });
    expect(await bulkAs(dpo, { items: ["DSR-2026-000001"], assigneeId: agent.id })).toMatchObject({
      ok: false,
      code: "invalid_request",
    });
  });
});
