import "../scripts/test-support/load-runtime-env";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { dataPointMessages } from "@/lib/i18n/messages/data-points";
import { freshShopCustomer, shop } from "@/scripts/test-support/fulfilment";
import { test } from "./fixtures/test";
import { expect, expectNoAxeViolations, fillRequestForm, submitAndReadConfirmation } from "./fixtures/portal-journey";
import { keepScreenshot } from "./fixtures/screenshot";

test.describe.configure({ timeout: 120_000 });

/**
 * Issue 13: the portal asks a Californian's right to know for 3 data points (11 CCR § 7062); they are
 * matched against the shop after filing and the result is recorded for staff. A Virginian is not asked.
 */
for (const width of [1366, 390]) {
  test(`a Californian's access request asks and matches 3 data points (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const t = dataPointMessages("en");
    const c = await freshShopCustomer(1);
    const [person] = await shop("select last_name from shop.customers where id = $1", [c.id]);
    const [order] = await shop("select id from shop.orders where customer_id = $1 limit 1", [c.id]);

    await page.goto("/en/request/access?residence=US-VA");
    await expect(page.getByRole("group", { name: t.legend })).toHaveCount(0);
    await page.goto("/en/request/access?residence=US-CA");
    const group = page.getByRole("group", { name: t.legend });
    await expect(group).toContainText("Give at least 3");
    await expectNoAxeViolations(page);
    await fillRequestForm(page, "en", "access", c.email);
    await group.getByLabel(t.lastName).fill(String(person!.last_name));
    await group.getByLabel(t.phone).fill(String(c.phone ?? ""));
    await group.getByLabel(t.orderNumber).fill(String(order!.id));
    // Specific pieces: the signed declaration under penalty of perjury (11 CCR § 7062(c)).
    await expect(group).toContainText("§ 7062(c)");
    await group.getByLabel(t.declaration).check();
    await keepScreenshot(page, `portal-data-points-${width}`);
    const filed = await submitAndReadConfirmation(page, "en", c.email);

    const [matched] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, filed.requestId), eq(auditLog.action, "request.data_points_matched")));
    expect(matched!.payload).toMatchObject({
      required: 3,
      sufficient: true,
      declarationRequired: true,
      declarationSigned: true,
    });
  });
}
