import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { mailDeliveries, outbox } from "@/lib/db/schema";
import { queueMail } from "./queue-mail";

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out");
}

describe("mail through the outbox", () => {
  afterAll(() => closeDb());

  it("delivers a mail queued in a transaction to the SMTP sink, once per key, with nothing in clear in the outbox", async () => {
    const to = `someone.${randomBytes(4).toString("hex")}@example.org`;
    const key = `test-${randomBytes(6).toString("hex")}`;
    await db().transaction(async (tx) => {
      await queueMail(tx, key, { to, subject: "Hello from the outbox", text: "Plain body" });
      // The same key queued again (a retried use case): still one mail.
      await queueMail(tx, key, { to, subject: "Hello from the outbox", text: "Plain body" });
    });

    const raw = await db().execute<{ payload: unknown }>(sql`select payload from outbox order by id desc limit 2`);
    expect(JSON.stringify(raw.rows)).not.toContain(to);

    const [message] = await waitFor(async () => {
      const rows = await listDevMail(db(), { to });
      return rows.length > 0 ? rows : undefined;
    });
    expect(message!.subject).toBe("Hello from the outbox");
    expect(message!.text.trim()).toBe("Plain body");

    await waitFor(async () => {
      const [row] = await db().select().from(mailDeliveries).where(eq(mailDeliveries.key, key));
      return row?.acceptedAt ? row : undefined;
    });
    // Give the duplicate job time to run, then check it did not send again.
    await waitFor(async () => {
      const rows = await db()
        .select()
        .from(outbox)
        .where(sql`${outbox.relayedAt} is null`);
      return rows.length === 0 ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await listDevMail(db(), { to })).toHaveLength(1);
  });

  it("keeps a mail queued while the transaction rolls back out of the outbox", async () => {
    const to = `rollback.${randomBytes(4).toString("hex")}@example.org`;
    await expect(
      db().transaction(async (tx) => {
        await queueMail(tx, `rb-${to}`, { to, subject: "Never", text: "Never" });
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await listDevMail(db(), { to })).toHaveLength(0);
  });
});
