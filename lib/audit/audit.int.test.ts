import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDb, db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { appendAudit } from "./append";
import { chainAllAuditEntries, chainAuditEntries } from "./chain";
import { computeHash } from "./hash";
import { verifyAuditChain } from "./verify";

// Other tests and the running app append to audit_log too: rows are found by a per-run actor id.
// Any catalogued action will do; queues.operation takes any JSON object as its payload.
const marker = `test.audit.${randomBytes(4).toString("hex")}`;
const ACTION = "queues.operation";

/** Drizzle wraps driver errors ("Failed query: …"); the trigger's message is on the cause. */
function messagesOf(err: unknown): string {
  const parts: string[] = [];
  for (let e = err; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(" | ");
}

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (err) {
    return messagesOf(err);
  }
  throw new Error("expected the statement to be refused");
}

/** Writes to audit_log past its triggers, as only a superuser can (SET LOCAL: ends with the transaction). */
async function bypassTriggers(statement: ReturnType<typeof sql>): Promise<void> {
  await db().transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe("audit log", () => {
  afterAll(() => closeDb());

  it("appends inside the caller's transaction; the chainer links it to the entry before it", async () => {
    const requestId = randomUUID();
    const appended = await db().transaction((tx) =>
      appendAudit(tx, {
        actor: { type: "staff", id: `${marker}.append` },
        action: ACTION,
        requestId: requestId.toUpperCase(),
        payload: { z: 1, a: { nested: [true, null] }, when: new Date("2025-06-13T08:00:00.123Z"), dropped: undefined },
      }),
    );

    await chainAllAuditEntries(db());
    const [row] = await db().select().from(auditLog).where(eq(auditLog.seq, appended.seq));
    expect(row).toMatchObject({
      actorType: "staff",
      actorId: `${marker}.append`,
      action: ACTION,
      requestId,
      payload: { z: 1, a: { nested: [true, null] }, when: "2025-06-13T08:00:00.123Z" },
    });
    expect(row!.chainSeq).not.toBeNull();
    const { rows: before } = await db().execute<{ hash: string }>(
      sql`select hash from audit_log where chain_seq = ${row!.chainSeq! - 1}`,
    );
    if (before[0]) expect(row!.prevHash).toBe(before[0].hash);
    expect(
      computeHash(row!.prevHash!, {
        seq: row!.seq,
        at: row!.at.toISOString(),
        actorType: "staff",
        actorId: row!.actorId,
        action: row!.action,
        requestId: row!.requestId,
        payload: z.record(z.string(), z.unknown()).parse(row!.payload),
      }),
    ).toBe(row!.hash);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it("leaves no entry when the transaction rolls back", async () => {
    const actorId = `${marker}.rolled-back`;
    await expect(
      db().transaction(async (tx) => {
        await appendAudit(tx, { actor: { type: "system", id: actorId }, action: ACTION });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await db().select().from(auditLog).where(eq(auditLog.actorId, actorId))).toHaveLength(0);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it("refuses to run outside a transaction", async () => {
    await expect(
      appendAudit(db(), { actor: { type: "system", id: `${marker}.no-tx` }, action: ACTION }),
    ).rejects.toThrow("inside the caller's transaction");
  });

  it("does not make one audited transaction wait for another (no global lock)", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let appendedInA!: () => void;
    const aAppended = new Promise<void>((r) => (appendedInA = r));
    const a = db().transaction(async (tx) => {
      await appendAudit(tx, { actor: { type: "system", id: `${marker}.held` }, action: ACTION });
      appendedInA();
      await held; // A stays open, its entry appended and not committed
    });
    await aAppended;
    const started = Date.now();
    const b = await db().transaction((tx) =>
      appendAudit(tx, { actor: { type: "system", id: `${marker}.free` }, action: ACTION }),
    );
    // B committed while A is still open: under a global append lock it would wait for A's commit.
    const [bRow] = await db().select().from(auditLog).where(eq(auditLog.seq, b.seq));
    expect(bRow).toBeDefined();
    expect(Date.now() - started).toBeLessThan(5_000);
    await chainAuditEntries(db());
    release();
    await a;
    await chainAllAuditEntries(db());
    // A's entry (lower seq, committed later) is linked after B's: chain order is commit-visibility order.
    const rows = await db()
      .select({ actorId: auditLog.actorId, chainSeq: auditLog.chainSeq })
      .from(auditLog)
      .where(inArray(auditLog.actorId, [`${marker}.held`, `${marker}.free`]));
    const pos = Object.fromEntries(rows.map((r) => [r.actorId, r.chainSeq!]));
    expect(pos[`${marker}.held`]).toBeGreaterThan(pos[`${marker}.free`]!);
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true, unchained: 0 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE on audit_log", async () => {
    const { seq } = await db().transaction((tx) =>
      appendAudit(tx, { actor: { type: "system", id: `${marker}.immutable` }, action: ACTION }),
    );
    expect(
      await refusal(() => db().update(auditLog).set({ action: "rewritten" }).where(eq(auditLog.seq, seq))),
    ).toContain("audit_log is append-only");
    await chainAllAuditEntries(db());
    // Once chained, the links cannot be rewritten either.
    expect(
      await refusal(() =>
        db()
          .update(auditLog)
          .set({ hash: "0".repeat(64) })
          .where(eq(auditLog.seq, seq)),
      ),
    ).toContain("audit_log is append-only");
    expect(await refusal(() => db().delete(auditLog).where(eq(auditLog.seq, seq)))).toContain(
      "audit_log is append-only",
    );
    expect(
      await refusal(() =>
        db().transaction(async (tx) => {
          await tx.execute(sql`set local lock_timeout = '10s'`);
          await tx.execute(sql`truncate audit_log`);
        }),
      ),
    ).toContain("audit_log is append-only");
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.seq, seq), eq(auditLog.actorId, `${marker}.immutable`))),
    ).toHaveLength(1);
  });

  it("reports a row whose payload was changed behind the triggers as the first broken link", async () => {
    const payload = { decision: "refused", reason: "manifestly unfounded" };
    const { seq } = await db().transaction((tx) =>
      appendAudit(tx, { actor: { type: "staff", id: `${marker}.tampered` }, action: ACTION, payload }),
    );
    await chainAllAuditEntries(db());
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });

    await bypassTriggers(
      sql`update audit_log set payload = ${JSON.stringify({ ...payload, decision: "fulfilled" })}::jsonb where seq = ${seq}`,
    );
    try {
      const report = await verifyAuditChain(db(), { batchSize: 7 });
      expect(report).toMatchObject({ ok: false, brokenAtSeq: seq, reason: "hash_mismatch" });
    } finally {
      // Restored whatever happened above, so the chain is whole again for every other test.
      await bypassTriggers(sql`update audit_log set payload = ${JSON.stringify(payload)}::jsonb where seq = ${seq}`);
    }
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });
  });

  it("keeps the chain valid under 20 concurrent appends", async () => {
    const actorId = `${marker}.concurrent`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db().transaction(async (tx) => {
          const appended = await appendAudit(tx, {
            actor: { type: "subject", id: actorId },
            action: ACTION,
            payload: { i },
          });
          // Keep the transaction open a moment after appending, as a real use case would.
          await tx.execute(sql`select pg_sleep(0.01)`);
          return appended;
        }),
      ),
    );
    expect(new Set(results.map((r) => r.seq)).size).toBe(20);
    expect(await db().select().from(auditLog).where(eq(auditLog.actorId, actorId))).toHaveLength(20);
    await chainAllAuditEntries(db());

    const report = await verifyAuditChain(db(), { batchSize: 5 });
    expect(report.ok).toBe(true);
    if (report.ok) expect(report.entries).toBeGreaterThanOrEqual(20);
  });

  it("verifies from the newest checkpoint on the audit page, and end to end from the CLI", async () => {
    await chainAllAuditEntries(db());
    const full = await verifyAuditChain(db(), { recordCheckpoint: true });
    expect(full.ok).toBe(true);
    const payload = { note: "after the checkpoint" };
    const { seq } = await db().transaction((tx) =>
      appendAudit(tx, { actor: { type: "system", id: `${marker}.after-checkpoint` }, action: ACTION, payload }),
    );
    await chainAllAuditEntries(db());
    const incremental = await verifyAuditChain(db(), { fromCheckpoint: true });
    expect(incremental).toMatchObject({ ok: true });
    if (full.ok && incremental.ok) {
      expect(incremental.from.chainSeq).toBe(full.lastChainSeq);
      expect(incremental.entries).toBeGreaterThan(full.entries);
    }
    // An entry changed after the checkpoint is caught by the incremental walk too.
    await bypassTriggers(sql`update audit_log set payload = '{"note":"rewritten"}'::jsonb where seq = ${seq}`);
    try {
      expect(await verifyAuditChain(db(), { fromCheckpoint: true })).toMatchObject({ ok: false, brokenAtSeq: seq });
    } finally {
      await bypassTriggers(sql`update audit_log set payload = ${JSON.stringify(payload)}::jsonb where seq = ${seq}`);
    }
  });
});
