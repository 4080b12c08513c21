import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { auditLog } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { fileOptOuts } from "@/lib/requests/opt-out/file-opt-outs";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { freshShopCustomer, shop, waitForRequestStatus } from "@/scripts/test-support/fulfilment";

afterAll(() => closeDb());

describe("opt-outs of the other US states (their own period, executed in the shop)", () => {
  it("Virginia: filed without verification, due 45 calendar days later across the month end, sale flag set in the shop", async () => {
    const customer = await freshShopCustomer(1);
    const filed = await submitRequest(
      { type: "opt_out_sale", email: customer.email, locale: "en", jurisdiction: "US-VA" },
      // 15:00 UTC on 20 January is 10:00 in Richmond.
      { channel: "portal", actor: { type: "subject" }, receivedAt: new Date("2026-01-20T15:00:00Z") },
    );
    expect(filed.status).toBe("new");
    const row = (await findRequest(db(), { id: filed.id }))!;
    expect(row.jurisdiction).toBe("US-VA");
    expect(row.regime).toBe("US_VA");
    // 16:00 on 20 January in the controller's zone (Paris): 45 calendar days, no roll-forward.
    expect(row.dueDate).toBe(filed.dueDate);
    expect(row.dueDate).toBe("2026-03-06");

    const done = await waitForRequestStatus(filed.id, "completed");
    expect(done.outcome).toBe("completed");
    expect(await shop("select sale_opt_out from shop.customers where id = $1", [customer.id])).toEqual([
      { sale_opt_out: true },
    ]);
    const mail = await waitForMail(customer.email, /complete/i);
    expect(mail.text).toContain("no longer sell");
  });

  it("Colorado through the site's API with GPC: recorded as a universal opt-out, due 45 days later, executed", async () => {
    const customer = await freshShopCustomer(1);
    const [sale] = await fileOptOuts(
      { email: customer.email, types: ["opt_out_sale"], gpc: true, locale: "fr", jurisdiction: "US_CO" },
      { channel: "api", gpc: true },
    );
    const row = (await findRequest(db(), { id: sale!.id }))!;
    expect(row.jurisdiction).toBe("US-CO");
    expect(row.regime).toBe("US_CO");
    const received = new Date(`${row.dueDate}T12:00:00Z`).getTime() - 45 * 86_400_000;
    expect(Math.abs(received - row.receivedAt.getTime())).toBeLessThan(2 * 86_400_000);
    expect(decryptSubjectFields(row).specifics).toMatchObject({ gpc: true });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, row.id), eq(auditLog.action, "request.submitted")));
    expect(audit!.payload).toMatchObject({ type: "opt_out_sale", gpc: true });
    await waitForRequestStatus(row.id, "completed");
    expect(await shop("select sale_opt_out from shop.customers where id = $1", [customer.id])).toEqual([
      { sale_opt_out: true },
    ]);
  });

  it("Virginia's law does not make GPC an opt-out: the request is filed but not recorded as GPC; no sensitive-data limit there (422)", async () => {
    const customer = await freshShopCustomer(1);
    const [sale] = await fileOptOuts(
      { email: customer.email, types: ["opt_out_sale"], gpc: true, locale: "en", jurisdiction: "US-VA" },
      { channel: "api", gpc: true },
    );
    const row = (await findRequest(db(), { id: sale!.id }))!;
    expect(decryptSubjectFields(row).specifics?.gpc).toBeUndefined();
    await expect(
      fileOptOuts(
        { email: customer.email, types: ["limit_sensitive"], gpc: false, locale: "en", jurisdiction: "US-VA" },
        { channel: "api", gpc: false },
      ),
    ).rejects.toMatchObject({ code: "right_not_granted", fields: { type: expect.stringMatching(/US-VA \(US_VA\)/) } });
    await waitForRequestStatus(row.id, "completed");
  });
});
