import { randomBytes } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { devMailMessages, idempotencyKeys, outbox, rateLimitHits } from "@/lib/db/schema";
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
});
