import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { ccpaMetrics } from "@/lib/db/queries/reports";
import { auditLog } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { fileOptOuts } from "@/lib/requests/opt-out/file-opt-outs";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { freshShopCustomer, shop, waitForRequestStatus } from "@/scripts/test-support/fulfilment";

afterAll(() => closeDb());

const flags = (id: number) =>
  shop(
    "select sale_opt_out, targeted_ads_opt_out, profiling_opt_out, sensitive_opt_out from shop.customers where id = $1",
    [id],
  );

describe("issue 13: the states' opt-outs of targeted advertising, profiling and sensitive data, executed in the shop", () => {
  it("Virginia targeted advertising: filed without verification, due 45 days later, flag set in the shop, mail received", async () => {
    const customer = await freshShopCustomer(1);
    const filed = await submitRequest(
      { type: "opt_out_targeted_ads", email: customer.email, locale: "en", jurisdiction: "US-VA" },
      { channel: "portal", actor: { type: "subject" }, receivedAt: new Date("2026-01-20T15:00:00Z") },
    );
    expect(filed.status).toBe("new");
    const row = (await findRequest(db(), { id: filed.id }))!;
    expect(row.type).toBe("opt_out_targeted_ads");
    expect(row.regime).toBe("US_VA");
    expect(row.verifiedAt).not.toBeNull();
    expect(row.dueDate).toBe("2026-03-06");

    const done = await waitForRequestStatus(filed.id, "completed");
    expect(done.outcome).toBe("completed");
    expect(await flags(customer.id)).toEqual([
      { sale_opt_out: false, targeted_ads_opt_out: true, profiling_opt_out: false, sensitive_opt_out: false },
    ]);
    const mail = await waitForMail(customer.email, /complete/i);
    expect(mail.text).toContain("no longer process your personal data for targeted advertising");
    expect(mail.text).toContain("opt out of targeted advertising");
    // The CCPA's yearly metrics (§ 7102) count California consumers' requests only: a Virginian's opt-out is
    // not one (and a Californian has no separate targeted-advertising opt-out, so the line never appears).
    const metrics = await ccpaMetrics(db(), {
      from: new Date(`${row.receivedAt.getUTCFullYear()}-01-01T00:00:00Z`),
      to: new Date(`${row.receivedAt.getUTCFullYear() + 1}-01-01T00:00:00Z`),
    });
    expect(metrics.find((m) => m.type === "opt_out_targeted_ads")).toBeUndefined();
  });

  it("Colorado profiling through the site's API in French: GPC not recorded on profiling, flag set, mail in French", async () => {
    const customer = await freshShopCustomer(1);
    const [profiling, ads] = await fileOptOuts(
      {
        email: customer.email,
        types: ["opt_out_profiling", "opt_out_targeted_ads"],
        gpc: true,
        locale: "fr",
        jurisdiction: "US-CO",
      },
      { channel: "api", gpc: true },
    );
    const row = (await findRequest(db(), { id: profiling!.id }))!;
    expect(row.type).toBe("opt_out_profiling");
    expect(row.regime).toBe("US_CO");
    // Colorado's universal opt-out stands for targeted advertising and sale, not profiling.
    expect(decryptSubjectFields(row).specifics?.gpc).toBeUndefined();
    const adsRow = (await findRequest(db(), { id: ads!.id }))!;
    expect(decryptSubjectFields(adsRow).specifics).toMatchObject({ gpc: true });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, adsRow.id), eq(auditLog.action, "request.submitted")));
    expect(audit!.payload).toMatchObject({ type: "opt_out_targeted_ads", gpc: true });

    await waitForRequestStatus(row.id, "completed");
    await waitForRequestStatus(adsRow.id, "completed");
    expect(await flags(customer.id)).toEqual([
      { sale_opt_out: false, targeted_ads_opt_out: true, profiling_opt_out: true, sensitive_opt_out: false },
    ]);
    const mail = await waitForMail(customer.email, new RegExp(`${row.reference} est traitée`));
    expect(mail.text).toContain("ne vous profilons plus");
  });

  it("Utah sensitive data: executed in the shop; refused where the law asks opt-in consent (Virginia) and in California", async () => {
    const customer = await freshShopCustomer(1);
    const [sensitive] = await fileOptOuts(
      { email: customer.email, types: ["opt_out_sensitive"], gpc: false, locale: "en", jurisdiction: "US-UT" },
      { channel: "api", gpc: false },
    );
    const row = (await findRequest(db(), { id: sensitive!.id }))!;
    expect(row.type).toBe("opt_out_sensitive");
    expect(row.regime).toBe("US_UT");
    expect(row.status).not.toBe("unverified");
    await waitForRequestStatus(row.id, "completed");
    expect(await flags(customer.id)).toEqual([
      { sale_opt_out: false, targeted_ads_opt_out: false, profiling_opt_out: false, sensitive_opt_out: true },
    ]);
    const mail = await waitForMail(customer.email, /complete/i);
    expect(mail.text).toContain("no longer process your sensitive data");

    for (const jurisdiction of ["US-VA", "US-CA"])
      await expect(
        fileOptOuts(
          { email: customer.email, types: ["opt_out_sensitive"], gpc: false, locale: "en", jurisdiction },
          { channel: "api", gpc: false },
        ),
      ).rejects.toMatchObject({ code: "right_not_granted", fields: { type: expect.any(String) } });
    // Utah grants no profiling opt-out.
    await expect(
      fileOptOuts(
        { email: customer.email, types: ["opt_out_profiling"], gpc: false, locale: "en", jurisdiction: "US-UT" },
        { channel: "api", gpc: false },
      ),
    ).rejects.toMatchObject({ code: "right_not_granted", fields: { type: expect.any(String) } });
  });
});
