import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { decrypt } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { auditLog, requestNotes, requests, staffUsers } from "@/lib/db/schema";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { mailVerifiedRequest } from "@/scripts/test-support/mail-verified";
import { formOf } from "@/scripts/test-support/form";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import { staffWithSession, type SessionClaims, type SignedInStaff } from "@/scripts/test-support/staff-session";
import { addNoteAction } from "./actions";

// Only the cookie decoding and Next's page cache are replaced: currentStaff() still re-reads the
// account, and the policy, the use case and the database are the real ones.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const staff = signedInStaffForFile(cookie, {
  admin: "Nora admin",
  dpo: "Nora dpo",
  agent: "Nora agent",
  manager: "Nora manager",
});

async function verifiedRequest() {
  const to = `note.${randomBytes(4).toString("hex")}@example.net`;
  return (await mailVerifiedRequest({ type: "erasure", email: to, fullName: "Noé Note", locale: "fr" })).id;
}

const notesOf = (id: string) => db().select().from(requestNotes).where(eq(requestNotes.requestId, id));
const noteAudits = async (id: string) =>
  (await db().select().from(auditLog).where(eq(auditLog.requestId, id)).orderBy(auditLog.seq)).filter(
    (a) => a.action === "request.note_added",
  );
const addNoteAs = (who: SignedInStaff | null, fields: Record<string, string>) => {
  cookie.claims = who?.claims ?? null;
  return addNoteAction(null, formOf(fields));
};

describe("the workspace's Add note server action", () => {
  it("stores the note encrypted, audits it, refreshes the workspace page and says so", async () => {
    const id = await verifiedRequest();
    const [before] = await db().select().from(requests).where(eq(requests.id, id));
    const result = await addNoteAs(staff.agent, { requestId: id, body: "  Client called twice.\n" });

    expect(result).toMatchObject({ ok: true, message: "Note added." });
    const [row] = await notesOf(id);
    expect(row!.authorId).toBe(staff.agent.id);
    expect(decrypt(row!.bodyEnc, `request_notes.body:${id}`)).toBe("Client called twice.");
    expect(result.ok && result.value).toEqual({ noteId: row!.id });
    const [entry] = await noteAudits(id);
    expect(entry).toMatchObject({ actorType: "staff", actorId: staff.agent.id, payload: { noteId: row!.id } });
    expect(cookie.revalidated).toEqual([`/staff/requests/${id}`]);
    const workspace = await loadWorkspace(id, staff.dpo);
    expect(workspace!.timeline.filter((e) => e.kind === "note")).toEqual([
      expect.objectContaining({ actor: "Nora agent", body: "Client called twice." }),
    ]);
    const [after] = await db().select().from(requests).where(eq(requests.id, id));
    expect(after).toMatchObject({ version: before!.version, status: before!.status });
  });

  it("admins, DPOs and agents may add notes; a manager, no session and a deactivated account may not, and nothing is written", async () => {
    const id = await verifiedRequest();
    expect(await addNoteAs(staff.manager, { requestId: id, body: "Manager note" })).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "You are not allowed to do this.",
    });
    expect(await addNoteAs(null, { requestId: id, body: "Nobody's note" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    const gone = await staffWithSession("agent", "Gone agent");
    await db().update(staffUsers).set({ active: false }).where(eq(staffUsers.id, gone.id));
    expect(await addNoteAs(gone, { requestId: id, body: "Deactivated note" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(await notesOf(id)).toHaveLength(0);
    expect(await noteAudits(id)).toHaveLength(0);
    expect(cookie.revalidated).toEqual([]);

    for (const role of ["admin", "dpo", "agent"] as const)
      expect(await addNoteAs(staff[role], { requestId: id, body: `${role} note` })).toMatchObject({ ok: true });
    const stored = await notesOf(id);
    expect(stored.map((n) => n.authorId).sort()).toEqual([staff.admin.id, staff.dpo.id, staff.agent.id].sort());
    expect(await noteAudits(id)).toHaveLength(3);
  });

  it("answers field errors for an empty or too long note and a malformed request id, writing nothing", async () => {
    const id = await verifiedRequest();
    expect(await addNoteAs(staff.agent, { requestId: id, body: " \n\t " })).toMatchObject({
      ok: false,
      code: "reason_required",
      fields: { body: "is required" },
    });
    expect(await addNoteAs(staff.agent, { requestId: id, body: "x".repeat(5001) })).toMatchObject({
      ok: false,
      code: "invalid_request",
      fields: { body: "must be at most 5000 characters" },
    });
    expect(await addNoteAs(staff.agent, { requestId: "not-a-request", body: "hello" })).toMatchObject({
      ok: false,
      code: "invalid_request",
    });
    expect(
      await addNoteAs(staff.agent, { requestId: "00000000-0000-4000-8000-000000000000", body: "hello" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await notesOf(id)).toHaveLength(0);
  });
});
