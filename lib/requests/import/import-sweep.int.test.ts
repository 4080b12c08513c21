import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, outbox, requestImports } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { staffWithSession } from "@/scripts/test-support/staff-session";
import { waitFor } from "@/scripts/test-support/wait-for";
import { IMPORT_LOCK_CLASS, findImport, previewImport, runImport } from "./imports";
import { localDateOf } from "@/lib/domain/deadline";
import { sweepImports } from "./sweep";

const HEADER = "type,channel,received_at,email,full_name,locale,residence";
let agent: { id: string; role: "agent" };

beforeAll(async () => {
  agent = { id: (await staffWithSession("agent", "Stuck Importer")).id, role: "agent" };
});
afterAll(() => closeDb());

/** A clean 3-row file, previewed; then marked queued long ago with no job (Redis lost it). */
async function stuckImport(p: { requeues?: number; error?: string } = {}) {
  const tag = randomBytes(3).toString("hex");
  const rows = [0, 1, 2].map(
    (i) =>
      `access,letter,${localDateOf(new Date(Date.now() - 3 * 86_400_000), "Europe/Paris")} 09:0${i} Europe/Paris,stuck${i}.${tag}@example.org,Person ${i},en,FR`,
  );
  const out = await previewImport({ staff: agent, fileName: `stuck-${tag}.csv`, text: [HEADER, ...rows].join("\n") });
  expect(out.problems).toBe(0);
  const longAgo = new Date(Date.now() - env().IMPORT_STUCK_AFTER_MS - 60_000);
  await db()
    .update(requestImports)
    .set({ status: "queued", queuedAt: longAgo, requeues: p.requeues ?? 0, error: p.error ?? null })
    .where(eq(requestImports.id, out.id));
  return out.id;
}

const entries = (action: string, importId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), sql`${auditLog.payload}->>'importId' = ${importId}`));
const submittedByAgent = async () =>
  (
    await db()
      .select({ id: auditLog.requestId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "request.submitted"), eq(auditLog.actorId, agent.id)))
  ).map((r) => r.id);

describe("the import sweep (a CSV import whose job failed or was lost)", () => {
  it("re-queues a stuck import once, through the outbox; it completes with each row written once", async () => {
    const importId = await stuckImport({ error: "connect ECONNREFUSED 127.0.0.1:5432" });
    // Twice in a row (two workers' schedules at once): the second finds the clock moved.
    await sweepImports();
    await sweepImports();
    const requeued = await entries("import.requeued", importId);
    expect(requeued).toHaveLength(1);
    expect(requeued[0]!.payload).toMatchObject({ requeue: 1, lastError: "connect ECONNREFUSED 127.0.0.1:5432" });
    const jobs = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.jobName, "requests.import"), sql`${outbox.payload}->>'importId' = ${importId}`));
    expect(jobs).toHaveLength(1);
    expect((await findImport({ importId, staffId: agent.id }))!.requeues).toBe(1);

    // The job runs (the instance's worker, or here in process), and a second run files nothing more.
    await runImport(importId);
    await waitFor(
      async () => ((await findImport({ importId, staffId: agent.id }))!.status === "done" ? true : undefined),
      30_000,
      "the import done",
    );
    expect(await runImport(importId)).toBeNull();
    await sweepImports();
    const filed = await submittedByAgent();
    expect(filed).toHaveLength(3);
    expect(new Set(filed).size).toBe(3);
    const done = (await findImport({ importId, staffId: agent.id }))!;
    expect(done).toMatchObject({ status: "done", processed: 3, error: null });
    expect(await entries("import.completed", importId)).toHaveLength(1);
  });

  it("leaves alone an import whose run is filing it now (its lock is held)", async () => {
    const importId = await stuckImport();
    await db().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}, hashtext(${importId}))`);
      const out = await sweepImports();
      expect(out.requeued).not.toContain(importId);
      expect(out.failed).not.toContain(importId);
    });
    // Released: the next sweep takes it. (Dropped here so no worker files it: failed by hand.)
    await db().update(requestImports).set({ status: "failed", rowsEnc: null }).where(eq(requestImports.id, importId));
  });

  it("after IMPORT_MAX_REQUEUES re-queues, marks it failed with the cause, drops its rows, files nothing", async () => {
    const before = (await submittedByAgent()).length;
    const importId = await stuckImport({
      requeues: env().IMPORT_MAX_REQUEUES,
      error: "Connection terminated unexpectedly",
    });
    await sweepImports();
    const failed = (await db().select().from(requestImports).where(eq(requestImports.id, importId)))[0]!;
    expect(failed).toMatchObject({
      status: "failed",
      failureKind: "stuck",
      error: "Connection terminated unexpectedly",
      rowsEnc: null,
    });
    expect(failed.finishedAt).not.toBeNull();
    const [entry] = await entries("import.failed", importId);
    expect(entry).toMatchObject({ actorType: "system" });
    expect(entry!.payload).toMatchObject({ reason: "stuck", requeues: env().IMPORT_MAX_REQUEUES });
    expect(await entries("import.requeued", importId)).toHaveLength(0);
    expect(await runImport(importId)).toBeNull();
    expect((await submittedByAgent()).length).toBe(before);
  });
});
