import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, exports } from "@/lib/db/schema";
import { countExportChunks } from "@/lib/db/queries/export-chunks";
import { storeExport } from "@/lib/exports/package-store";
import { purgeExpiredExports } from "@/lib/exports/purge-expired";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { waitFor } from "@/scripts/test-support/wait-for";

afterAll(() => closeDb());

describe("expired packages", () => {
  it("the purge job deletes the bytes and the key, marks the row purged and audits it; a second run purges nothing", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "access", email: customer.email });
    const pkg = await storeExport(db(), {
      requestId: id,
      content: Readable.from([Buffer.from("zip bytes")]),
      approvedAt: new Date(),
      expiresInDays: 1,
    });
    expect(await countExportChunks(db(), { exportId: pkg.id })).toBe(1);
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect((await purgeExpiredExports(later)).purged).toBeGreaterThanOrEqual(1);
    expect(await countExportChunks(db(), { exportId: pkg.id })).toBe(0);
    const [row] = await db().select().from(exports).where(eq(exports.id, pkg.id));
    expect(row!.purgedAt).not.toBeNull();
    expect(row!.keyEnc).toBeNull();
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
