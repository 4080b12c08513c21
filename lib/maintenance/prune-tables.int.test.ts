import { randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import {
  devMailMessages,
  idempotencyKeys,
  outbox,
  rateLimitHits,
  requestImports,
  staffUsers,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "@/lib/db/schema";
import { pruneTables } from "./prune-tables";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const tag = randomBytes(3).toString("hex");

afterAll(() => closeDb());

describe("pruning the tables that only grow", () => {
  it("deletes in batches what is past its time, and nothing that still counts", async () => {
    // Five of each that must go (batches of 2: three statements per table), and the ones that must stay.
    const oldRelayed = await db()
      .insert(outbox)
      .values(
        Array.from({ length: 5 }, () => ({
          queue: "system",
          jobName: `prune.test.${tag}`,
          payload: {},
          createdAt: ago(12),
          relayedAt: ago(11),
        })),
      )
      .returning({ id: outbox.id });
    const kept = await db()
      .insert(outbox)
      .values([
        // Never relayed, however old: the relay still owes it to the queue (available next year, so that
        // the running instance's relay leaves this job of no known kind alone).
        {
          queue: "system",
          jobName: `prune.test.${tag}`,
          payload: {},
          createdAt: ago(30),
          availableAt: new Date(Date.now() + 365 * DAY),
        },
        // Relayed yesterday.
        { queue: "system", jobName: `prune.test.${tag}`, payload: {}, createdAt: ago(1), relayedAt: ago(1) },
      ])
      .returning({ id: outbox.id });
    await db()
      .insert(rateLimitHits)
      .values([
        ...Array.from({ length: 5 }, (_, i) => ({ bucket: `prune:${tag}:old${i}`, windowStart: ago(3), hits: 1 })),
        { bucket: `prune:${tag}:now`, windowStart: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000), hits: 3 },
      ]);
    await db()
      .insert(idempotencyKeys)
      .values([
        ...Array.from({ length: 5 }, (_, i) => ({
          scope: `prune-${tag}`,
          keyHash: `old${i}`,
          bodyHash: "b",
          status: 202,
          response: {},
          createdAt: ago(2),
        })),
        { scope: `prune-${tag}`, keyHash: "fresh", bodyHash: "b", status: 202, response: {}, createdAt: ago(0.1) },
      ]);
    await db()
      .insert(devMailMessages)
      .values([
        ...Array.from({ length: 5 }, () => ({
          recipients: [`old.${tag}@example.net`],
          fromAddress: "a@b.c",
          subject: "old",
          text: "old",
          receivedAt: ago(20),
        })),
        { recipients: [`new.${tag}@example.net`], fromAddress: "a@b.c", subject: "new", text: "new" },
      ]);

    const result = await pruneTables(new Date(), 2);
    expect(result.outbox).toBeGreaterThanOrEqual(5);
    expect(result.rateLimitHits).toBeGreaterThanOrEqual(5);
    expect(result.idempotencyKeys).toBeGreaterThanOrEqual(5);
    expect(result.devMailMessages).toBeGreaterThanOrEqual(5);

    const left = await db()
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        inArray(
          outbox.id,
          [...oldRelayed, ...kept].map((r) => r.id),
        ),
      );
    expect(left.map((r) => r.id).sort()).toEqual(kept.map((r) => r.id).sort());
    const count = async (q: ReturnType<typeof sql>) => (await db().execute<{ n: number }>(q)).rows[0]!.n;
    expect(await count(sql`select count(*)::int as n from rate_limit_hits where bucket like ${`prune:${tag}:%`}`)).toBe(
      1,
    );
    expect(await count(sql`select count(*)::int as n from idempotency_keys where scope = ${`prune-${tag}`}`)).toBe(1);
    expect(
      await count(
        sql`select count(*)::int as n from dev_mail_messages where recipients[1] like ${`%.${tag}@example.net`}`,
      ),
    ).toBe(1);

    // A second run finds nothing of ours left to delete.
    await pruneTables(new Date(), 2);
    expect(await count(sql`select count(*)::int as n from idempotency_keys where scope = ${`prune-${tag}`}`)).toBe(1);
    await db().execute(sql`delete from outbox where job_name = ${`prune.test.${tag}`}`);
  });

  it("drops settled webhook deliveries after 30 days and the rows of imports not confirmed within a day", async () => {
    const [endpoint] = await db()
      .insert(webhookEndpoints)
      .values({
        url: `https://prune-${tag}.example.com/`,
        events: ["request.received"],
        secretEnc: "unused",
        enabled: false,
      })
      .returning({ id: webhookEndpoints.id });
    const delivery = (id: string, status: string, days: number) => ({
      id,
      endpointId: endpoint!.id,
      eventType: "request.received",
      payload: {},
      status,
      createdAt: ago(days),
    });
    await db()
      .insert(webhookDeliveries)
      .values([
        delivery(`msg_old_${tag}`, "delivered", 31),
        delivery(`msg_failing_${tag}`, "failed", 31),
        delivery(`msg_recent_${tag}`, "delivered", 2),
      ]);
    await db()
      .insert(webhookAttempts)
      .values({ deliveryId: `msg_old_${tag}`, endpointId: endpoint!.id, attempt: 1, durationMs: 5 });
    const [staff] = await db().select({ id: staffUsers.id }).from(staffUsers).limit(1);
    const imports = await db()
      .insert(requestImports)
      .values([
        { staffId: staff!.id, fileName: "old.csv", total: 1, rowsEnc: "sealed", createdAt: ago(2) },
        { staffId: staff!.id, fileName: "new.csv", total: 1, rowsEnc: "sealed" },
      ])
      .returning({ id: requestImports.id });

    await pruneTables(new Date(), 2);
    const left = await db()
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpoint!.id));
    expect(left.map((d) => d.id).sort()).toEqual([`msg_failing_${tag}`, `msg_recent_${tag}`]);
    expect(await db().select().from(webhookAttempts).where(eq(webhookAttempts.endpointId, endpoint!.id))).toEqual([]);
    const [oldImport] = await db().select().from(requestImports).where(eq(requestImports.id, imports[0]!.id));
    const [newImport] = await db().select().from(requestImports).where(eq(requestImports.id, imports[1]!.id));
    expect(oldImport).toMatchObject({ status: "expired", rowsEnc: null });
    expect(newImport).toMatchObject({ status: "previewed", rowsEnc: "sealed" });
    await db().delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint!.id));
  });
});
