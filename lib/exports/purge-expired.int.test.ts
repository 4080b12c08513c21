import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, exports } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { waitFor } from "@/scripts/test-support/wait-for";
import { storeExport } from "./package-store";
import { purgeExpiredExports } from "./purge-expired";

afterAll(async () => {
  await closeDb();
});

describe("expired packages", () => {
  it("the purge job deletes the file, marks the row purged and audits it; a second run purges nothing", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "access", email: customer.email });
    const pkg = await storeExport(db(), {
      requestId: id,
      content: Readable.from([Buffer.from("zip bytes")]),
      approvedAt: new Date(),
      expiresInDays: 1,
    });
    const file = path.resolve(env().DATA_DIR, "exports", pkg.path);
    expect(fs.existsSync(file)).toBe(true);
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect((await purgeExpiredExports(later)).purged).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(file)).toBe(false);
    const [row] = await db().select().from(exports).where(eq(exports.id, pkg.id));
    expect(row!.purgedAt).not.toBeNull();
    await waitFor(async () =>
      (
        await db()
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "export.purged")))
      ).length === 1
        ? true
        : undefined,
    );
    expect((await purgeExpiredExports(later)).purged).toBe(0);
  });
});
