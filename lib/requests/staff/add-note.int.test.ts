import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/auth/session";
import { decrypt } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, requestNotes, requests } from "@/lib/db/schema";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { addNote } from "./add-note";
import { loadWorkspace } from "./workspace";
import { mailVerifiedRequest } from "@/scripts/test-support/mail-verified";

const tag = () => randomBytes(4).toString("hex");
const staff: Partial<Record<StaffRole, StaffSession>> = {};

async function verifiedRequest() {
  const { id, to } = await mailVerifiedRequest({
    type: "erasure",
    email: `note.${tag()}@example.net`,
    fullName: "Noé Note",
    locale: "fr",
  });
  return { id, to };
}

const notesOf = (id: string) => db().select().from(requestNotes).where(eq(requestNotes.requestId, id));
const auditOf = (id: string) => db().select().from(auditLog).where(eq(auditLog.requestId, id));

beforeAll(async () => {
  for (const role of ["dpo", "agent"] as const) {
    const row = await upsertStaff(db(), {
      email: `${role}.${tag()}@note.test`,
      name: `Nora ${role}`,
      role,
      passwordHash: "unused",
    });
    staff[role] = { id: row.id, email: row.email, name: row.name, role };
  }
});
afterAll(() => closeDb());

// The server action that calls this use case, with its session and policy, is tested beside it:
// app/(staff)/staff/(app)/requests/[id]/add-note-action.int.test.ts.
describe("addNote", () => {
  it("stores the note encrypted, audits it without its text, shows it to staff and never mails the subject", async () => {
    const { id, to } = await verifiedRequest();
    const text = `Client called: wants the loyalty data erased first ${tag()}`;
    const [before] = await db().select().from(requests).where(eq(requests.id, id));
    const { noteId } = await addNote({ requestId: id, staffId: staff.agent!.id, body: `\n ${text}  ` });

    const [row] = await notesOf(id);
    expect(row).toMatchObject({ id: noteId, authorId: staff.agent!.id });
    expect(row!.bodyEnc).not.toContain("loyalty");
    expect(decrypt(row!.bodyEnc, `request_notes.body:${id}`)).toBe(text);

    const entry = (await auditOf(id)).find((a) => a.action === "request.note_added");
    expect(entry).toMatchObject({ actorType: "staff", actorId: staff.agent!.id, payload: { noteId } });
    expect(JSON.stringify(entry!.payload)).not.toContain("loyalty");

    const workspace = await loadWorkspace(id, staff.dpo!);
    expect(workspace!.timeline.filter((e) => e.kind === "note")).toEqual([
      expect.objectContaining({ actor: "Nora agent", body: text }),
    ]);
    // Additive: the request's version and status stay as they were, so no concurrent edit conflicts.
    const [after] = await db().select().from(requests).where(eq(requests.id, id));
    expect(after).toMatchObject({ version: before!.version, status: before!.status });

    await new Promise((r) => setTimeout(r, 1500));
    expect((await listDevMail(db(), { to })).some((m) => m.text.includes("loyalty"))).toBe(false);
  });

  it("refuses an empty or too long note and an unknown request, writing nothing", async () => {
    const { id } = await verifiedRequest();
    const auditBefore = (await auditOf(id)).length;
    await expect(addNote({ requestId: id, staffId: staff.agent!.id, body: " \n\t " })).rejects.toMatchObject({
      code: "reason_required",
      fields: { body: "is required" },
    });
    await expect(addNote({ requestId: id, staffId: staff.agent!.id, body: "x".repeat(5001) })).rejects.toMatchObject({
      code: "invalid_request",
    });
    await expect(
      addNote({ requestId: "00000000-0000-4000-8000-000000000000", staffId: staff.agent!.id, body: "hello" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await notesOf(id)).toHaveLength(0);
    expect(await auditOf(id)).toHaveLength(auditBefore);
  });
});
