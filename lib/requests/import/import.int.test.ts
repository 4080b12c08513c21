import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, mailDeliveries, requestImports, requestNotes, requests } from "@/lib/db/schema";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { findImport, previewImport, runImport, startImport } from "./imports";
import { parseReceivedAt } from "./rows";
import { localDateOf } from "@/lib/domain/deadline";

const HEADER = "type,channel,received_at,email,full_name,locale,residence,details,notes";
const DAY = 86_400_000;
// Letters received three days ago (Paris): back-dated, yet nowhere near a deadline. A fixed date turned a
// thousand imported requests overdue one day, and the sweep mailed an escalation for each to every DPO.
const RECEIVED = localDateOf(new Date(Date.now() - 3 * DAY), "Europe/Paris");
let agent: { id: string; role: "agent" };

function goodRow(i: number, tag: string): string {
  const type = ["access", "erasure", "portability"][i % 3];
  return `${type},${i % 2 ? "letter" : "phone"},${RECEIVED} 09:${String(i % 60).padStart(2, "0")} Europe/Paris,p${i}.${tag}@example.org,"Person ${i}, Jr.",${i % 2 ? "fr" : "en"},FR,"Said ""please""",${i === 0 ? "Called twice" : ""}`;
}

async function submittedBy(staffId: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "request.submitted"), eq(auditLog.actorId, staffId)));
}

/** A fresh agent, so a test counts only the requests it filed itself. */
async function newAgent(name: string): Promise<{ id: string; role: "agent" }> {
  const a = await upsertStaff(db(), {
    email: `imp.${randomBytes(4).toString("hex")}@t.test`,
    name,
    role: "agent",
    passwordHash: await hashPassword("unused-password"),
  });
  return { id: a.id, role: "agent" };
}

beforeAll(async () => {
  agent = await newAgent("Importing Agent");
});
afterAll(() => closeDb());

/**
 * What startImport does, without its job: these tests run the import themselves, and the instance's workers,
 * woken at commit, would otherwise take the job first (import-sweep.int.test.ts has an import run by the workers).
 */
async function queuedWithoutJob(importId: string) {
  await db()
    .update(requestImports)
    .set({ status: "queued", queuedAt: new Date() })
    .where(and(eq(requestImports.id, importId), eq(requestImports.status, "previewed")));
}

describe("CSV import", () => {
  it("reports the bad row and its column, and writes nothing", async () => {
    const tag = randomBytes(3).toString("hex");
    const lines = [
      HEADER,
      goodRow(1, tag),
      goodRow(2, tag).replace(`p2.${tag}@example.org`, "not-an-email"),
      goodRow(3, tag),
    ];
    const out = await previewImport({ staff: agent, fileName: "bad.csv", text: `\uFEFF${lines.join("\r\n")}\r\n` });
    expect(out).toMatchObject({ total: 3, problems: 1 });
    const preview = await findImport({ importId: out.id, staffId: agent.id });
    expect(preview!.status).toBe("rejected");
    expect(preview!.errors).toEqual([{ row: 2, column: "email", reason: "must be a valid e-mail address" }]);
    // The preview shows masked addresses only; the rows of a rejected file are not kept.
    expect(JSON.stringify(preview!.preview)).not.toContain(`p1.${tag}@`);
    const [stored] = await db().select().from(requestImports).where(eq(requestImports.id, out.id));
    expect(stored!.rowsEnc).toBeNull();
    await expect(startImport({ staffId: agent.id, importId: out.id })).rejects.toThrow(/problems/);
    expect(await submittedBy(agent.id)).toHaveLength(0);
  });

  it("rolls back every row when one fails at import time", async () => {
    const tag = randomBytes(3).toString("hex");
    const text = [
      HEADER,
      goodRow(1, tag),
      goodRow(2, tag).replace(`${RECEIVED} 09:02 Europe/Paris`, new Date(Date.now() + 2 * DAY).toISOString()),
    ].join("\n");
    const { id } = await previewImport({
      staff: agent,
      fileName: "late.csv",
      text,
      now: new Date(Date.now() + 3 * DAY),
    });
    await queuedWithoutJob(id);
    // Run "earlier" than row 2's receipt: the intake refuses a receipt in the future, the whole file rolls back.
    expect(await runImport(id, new Date())).toBeNull();
    const after = await findImport({ importId: id, staffId: agent.id });
    expect(after!.status).toBe("failed");
    expect(after!.error).toMatch(/^Row 2: The time of receipt cannot be in the future/);
    // The reason is kept as its detail key too, so a French-speaking member reads it in French.
    expect(after!.errorRow).toBe(2);
    expect(after!.errorDetail).toMatchObject({ detail: { key: "requests.received_in_future" } });
    expect(errorDetailText(after!.errorDetail!.detail, "fr", "")).toBe(
      "L’heure de réception ne peut pas être dans le futur.",
    );
    expect(await submittedBy(agent.id)).toHaveLength(0);
  });

  it("names the rows asking for a right their residence's law does not grant, and imports them", async () => {
    const member = await newAgent("Third Agent");
    const tag = randomBytes(3).toString("hex");
    // Row 2: a Canadian asks for portability, which PIPEDA does not grant; row 1 is a French access request.
    const canadian = goodRow(2, tag).replace(",FR,", ",CA,");
    const text = [HEADER, goodRow(0, tag), canadian].join("\n");
    const { id, problems } = await previewImport({ staff: member, fileName: "ca.csv", text });
    expect(problems).toBe(0);
    const preview = await findImport({ importId: id, staffId: member.id });
    expect(preview!.status).toBe("previewed");
    expect(preview!.warnings).toEqual([{ row: 2, type: "portability", residence: "CA", law: "PIPEDA" }]);
    await queuedWithoutJob(id);
    expect(await runImport(id)).toEqual({ imported: 2 });
    // Recorded all the same, under PIPEDA, its audit entry marked as the staff form marks it.
    const entries = await submittedBy(member.id);
    const ungranted = entries.filter((e) => (e.payload as { rightNotGranted?: boolean }).rightNotGranted);
    expect(ungranted).toHaveLength(1);
    const [filed] = await db().select().from(requests).where(eq(requests.id, ungranted[0]!.requestId!));
    expect(filed).toMatchObject({ type: "portability", jurisdiction: "CA", regime: "PIPEDA" });
  });

  it("runs one import at a time, and picks up a run whose worker died", async () => {
    const other = await newAgent("Second Agent");
    const tag = randomBytes(3).toString("hex");
    const text = [HEADER, goodRow(1, tag), goodRow(2, tag), goodRow(3, tag)].join("\n");
    const { id } = await previewImport({ staff: other, fileName: "three.csv", text });
    // Started, and a worker died mid-run: its transaction rolled back, the mark "running" stayed. Set by hand,
    // without startImport's job: the instance's workers, woken at commit, would otherwise run it at once.
    await db()
      .update(requestImports)
      .set({ status: "running", queuedAt: new Date(), processed: 200 })
      .where(eq(requestImports.id, id));
    // While another run holds the import's lock, a second job does nothing.
    await db().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(7301, hashtext(${id}))`);
      expect(await runImport(id)).toBeNull();
    });
    expect(await submittedBy(other.id)).toHaveLength(0);
    expect(await runImport(id)).toEqual({ imported: 3 });
    expect(await submittedBy(other.id)).toHaveLength(3);
  });

  it("imports a good file of 1,000 rows in one go, audited, with progress", async () => {
    const tag = randomBytes(3).toString("hex");
    const text = [HEADER, ...Array.from({ length: 1000 }, (_, i) => goodRow(i, tag))].join("\r\n");
    const { id, problems, total } = await previewImport({ staff: agent, fileName: "good.csv", text });
    expect({ problems, total }).toEqual({ problems: 0, total: 1000 });
    await queuedWithoutJob(id);
    const seen = new Set<number>();
    const run = runImport(id);
    let done = false;
    void run.finally(() => (done = true));
    while (!done) {
      seen.add((await findImport({ importId: id, staffId: agent.id }))!.processed);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(await run).toEqual({ imported: 1000 });
    // The page saw the count grow while the transaction ran.
    expect([...seen].some((n) => n > 0 && n < 1000)).toBe(true);
    const after = await findImport({ importId: id, staffId: agent.id });
    expect(after).toMatchObject({ status: "done", processed: 1000 });

    const audits = await submittedBy(agent.id);
    expect(audits).toHaveLength(1000);
    const rows = await db()
      .select()
      .from(requests)
      .where(
        inArray(
          requests.id,
          audits.map((a) => a.requestId!),
        ),
      );
    expect(rows).toHaveLength(1000);
    const first = rows.find((r) => decryptSubjectFields(r).email === `p0.${tag}@example.org`)!;
    expect(decryptSubjectFields(first)).toMatchObject({ fullName: "Person 0, Jr.", details: 'Said "please"' });
    expect(first).toMatchObject({
      type: "access",
      channel: "phone",
      status: "unverified",
      locale: "en",
      jurisdiction: "FR",
    });
    // Back-dated as the staff intake does: the receipt time of the file (09:00 Paris = 08:00 UTC), not the import's.
    expect(first.receivedAt).toEqual(parseReceivedAt(`${RECEIVED} 09:00 Europe/Paris`));
    const [note] = await db().select().from(requestNotes).where(eq(requestNotes.requestId, first.id));
    expect(note).toBeDefined();
    const [importAudit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "import.completed"), eq(auditLog.actorId, agent.id)));
    expect(importAudit!.payload).toMatchObject({ importId: id, requests: 1000, fileName: "good.csv" });
    // A second run of the job (retry, duplicate) files nothing more.
    expect(await runImport(id)).toBeNull();
    expect(await submittedBy(agent.id)).toHaveLength(1000);
    // Every imported request has its verification mail queued; the mails themselves are not this test's
    // subject, and 1,000 of them would hold up the mails other tests wait for: closed before they go.
    const queued = await db()
      .update(mailDeliveries)
      .set({ status: "given_up" })
      .where(
        and(
          inArray(
            mailDeliveries.requestId,
            rows.map((r) => r.id),
          ),
          inArray(mailDeliveries.status, ["queued", "failed"]),
        ),
      )
      .returning({ key: mailDeliveries.key });
    expect(queued.length).toBeGreaterThan(0);
  }, 300_000);
});
