import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 120_000 });

/**
 * Issue 13: a Virginia access request completed with records withheld (requests.partial_refusal, closed
 * here by SQL so no worker runs it) offers "Appeal this decision" on its status page; the appeal is sent.
 */
for (const width of [1366, 390]) {
  test(`a partly refused Virginia request is appealed from its status page (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const req = await createVerifiedRequest({ jurisdiction: "US-VA" });
    await db().execute(sql`update requests set status = 'completed', outcome = 'completed', closed_at = now(),
      partial_refusal = 'access_withheld' where id = ${req.id}`);
    const [row] = await db().select().from(requests).where(eq(requests.id, req.id));
    await page.goto(`/en/status/${encodeURIComponent(statusTokenOf(row!)!)}#appeal`);
    const section = page.getByTestId("appeal");
    await expect(section.getByRole("heading", { name: "Appeal this decision" })).toBeVisible();
    await expect(section).toContainText("in whole or in part");
    await expect(section).toContainText("You can appeal until");
    await section.getByLabel("Why do you disagree with our decision?").fill("You withheld my support tickets.");
    await keepScreenshot(page, `appeal-partial-status-${width}`);
    await section.getByRole("button", { name: "Send my appeal" }).click();
    await expect(page.getByTestId("appeal")).toContainText("Your appeal has been sent.");
  });
}
