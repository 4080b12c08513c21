import { randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { verifyAuditChain } from "@/lib/audit/verify";
import { encrypt } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { insertMessage } from "@/lib/db/queries/messages";
import { insertAttachment, listAttachments } from "@/lib/db/queries/attachments";
import { upsertStaff } from "@/lib/db/queries/staff";
import {
  auditLog,
  exportChunks,
  exports,
  requestMessages,
  requestNotes,
  requests,
  requestTasks,
  requestVerifications,
} from "@/lib/db/schema";
import { storeExport } from "@/lib/exports/package-store";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { decryptSubjectFields, isMinimised } from "@/lib/requests/subject-fields";
import { minimiseClosedRequests } from "./minimise-closed-requests";

let staffId: string;
const MONTH = 30.5 * 86_400_000;

/** A request with everything that identifies its subject, closed `monthsAgo` months ago. */
async function closedRequest(monthsAgo: number, jurisdiction = "FR") {
  const email = `keep.${randomBytes(3).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email, fullName: "Min Imise", locale: "en", jurisdiction, details: "my order 42" },
    { channel: "portal", actor: { type: "subject" } },
  );
  const { id: messageId } = await insertMessage(db(), {
    requestId: id,
    direction: "outbound",
    body: "Here is your data, Min",
  });
  await insertAttachment(db(), {
    requestId: id,
    messageId,
    fileName: "min-id.txt",
    contentType: "text/plain",
    content: Buffer.from("Min Imise, passport 12345"),
    uploadedBy: null,
  });
  await db()
    .insert(requestNotes)
    .values({ requestId: id, authorId: staffId, bodyEnc: encrypt("Called Min", `request_notes.body:${id}`) });
  const taskId = randomUUID();
  await db()
    .insert(requestTasks)
    .values({
      id: taskId,
      requestId: id,
      operation: "collect",
      status: "succeeded",
      resultEnc: encrypt('{"name":"Min"}', `request_tasks.result:${taskId}`),
      resultSummary: { records: 1 },
    });
  const pkg = await storeExport(db(), { requestId: id, content: Readable.from([Buffer.from("zip bytes")]) });
  const closedAt = new Date(Date.now() - monthsAgo * MONTH);
  await db().execute(sql`update requests set status = 'completed', outcome = 'completed', closed_at = ${closedAt},
    received_at = ${new Date(closedAt.getTime() - 20 * 86_400_000)}, verified_at = ${closedAt} where id = ${id}`);
  return { id, email, exportId: pkg.id };
}

/** The package's bytes in the default store (PostgreSQL chunks, lib/exports/package-store.ts). */
const storedChunks = async (exportId: string) =>
  (await db().select({ seq: exportChunks.seq }).from(exportChunks).where(eq(exportChunks.exportId, exportId))).length;

const audits = (id: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "retention.request_minimised")));

beforeAll(async () => {
  staffId = (
    await upsertStaff(db(), {
      email: `retention.${randomBytes(3).toString("hex")}@t.test`,
      name: "Retention Agent",
      role: "agent",
      passwordHash: await hashPassword("x-unused-x"),
    })
  ).id;
});
afterAll(() => closeDb());

describe("retention", () => {
  it("minimises a closed request past its record period, keeps the record, and does it once", async () => {
    const old = await closedRequest(25);
    const recent = await closedRequest(23);
    // CCPA requests keep their data 36 months under this configuration: 25 months is not enough.
    const ccpa = await closedRequest(25, "US-CA");
    expect(await storedChunks(old.exportId)).toBeGreaterThan(0);
    const [before] = await db().select().from(requests).where(eq(requests.id, old.id));

    const policy = { defaultMonths: 24, byRegime: { CCPA: 36 } };
    const first = await minimiseClosedRequests(new Date(), policy);
    expect(first.minimised).toBeGreaterThanOrEqual(1);

    const [after] = await db().select().from(requests).where(eq(requests.id, old.id));
    // The record: reference, type, channel, regime, dates, status, outcome.
    expect(after).toMatchObject({
      reference: before!.reference,
      type: "access",
      channel: "portal",
      regime: "GDPR",
      jurisdiction: "FR",
      status: "completed",
      outcome: "completed",
      receivedAt: before!.receivedAt,
      closedAt: before!.closedAt,
      dueDate: before!.dueDate,
    });
    // The subject's data: gone.
    expect(after).toMatchObject({
      emailEnc: "",
      emailBidx: "",
      fullNameEnc: "",
      detailsEnc: null,
      statusTokenEnc: null,
    });
    expect(after!.minimisedAt).toBeInstanceOf(Date);
    expect(isMinimised(after!)).toBe(true);
    expect(decryptSubjectFields(after!)).toMatchObject({ email: "", fullName: "", details: null });
    expect(await db().select().from(requestMessages).where(eq(requestMessages.requestId, old.id))).toEqual([]);
    expect(await listAttachments(db(), { requestId: old.id })).toEqual([]);
    expect(await db().select().from(requestNotes).where(eq(requestNotes.requestId, old.id))).toEqual([]);
    expect(await db().select().from(requestVerifications).where(eq(requestVerifications.requestId, old.id))).toEqual(
      [],
    );
    const [task] = await db().select().from(requestTasks).where(eq(requestTasks.requestId, old.id));
    expect(task).toMatchObject({ resultEnc: null, resultSummary: { records: 1 } });
    const [pkg] = await db().select().from(exports).where(eq(exports.requestId, old.id));
    expect(pkg!.keyEnc).toBeNull();
    expect(pkg!.purgedAt).toBeInstanceOf(Date);
    expect(await storedChunks(old.exportId)).toBe(0);
    const entries = await audits(old.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.payload).toMatchObject({ recordMonths: 24, regime: "GDPR", removed: { messages: 1, notes: 1 } });
    // Nothing personal went into the audit entry.
    expect(JSON.stringify(entries[0]!.payload)).not.toContain(old.email);

    // Not yet due: untouched.
    for (const kept of [recent, ccpa]) {
      const [row] = await db().select().from(requests).where(eq(requests.id, kept.id));
      expect(row!.minimisedAt).toBeNull();
      expect(decryptSubjectFields(row!).email).toBe(kept.email);
      expect(await storedChunks(kept.exportId)).toBeGreaterThan(0);
    }

    // Only the record is left: it cannot be reopened.
    const dpo = await upsertStaff(db(), {
      email: `retention.dpo.${randomBytes(3).toString("hex")}@t.test`,
      name: "Retention DPO",
      role: "dpo",
      passwordHash: await hashPassword("x-unused-x"),
    });
    await expect(
      db().transaction((tx) =>
        runTransition(tx, {
          requestId: old.id,
          actor: { kind: "staff", id: dpo.id, role: "dpo" },
          action: { type: "reopen", reason: "asked again" },
        }),
      ),
    ).rejects.toThrow("minimised");

    // Twice: nothing more happens.
    await minimiseClosedRequests(new Date(), policy);
    expect(await audits(old.id)).toHaveLength(1);
    expect((await verifyAuditChain(db())).ok).toBe(true);

    // With the default period for every regime, the CCPA one goes too.
    await minimiseClosedRequests(new Date(), { defaultMonths: 24, byRegime: {} });
    expect(await audits(ccpa.id)).toHaveLength(1);
    expect(await audits(recent.id)).toHaveLength(0);
  });

  it("keeps Colorado and California records 24 months even when the configured period is shorter", async () => {
    const gdpr = await closedRequest(13);
    const colorado = await closedRequest(13, "US-CO");
    const california = await closedRequest(13, "US-CA");
    const virginia = await closedRequest(13, "US-VA");
    await minimiseClosedRequests(new Date(), { defaultMonths: 12, byRegime: { CCPA: 6 } });
    expect(await audits(gdpr.id)).toHaveLength(1);
    expect(await audits(virginia.id)).toHaveLength(1);
    expect(await audits(colorado.id)).toHaveLength(0);
    expect(await audits(california.id)).toHaveLength(0);
    const [kept] = await db().select().from(requests).where(eq(requests.id, colorado.id));
    expect(kept!.minimisedAt).toBeNull();
    expect(kept!.regime).toBe("US_CO");
  });
});
