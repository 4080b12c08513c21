import { expect, test } from "./fixtures/test";
import { createStaff, signIn } from "./fixtures/staff";

test.describe.configure({ timeout: 120_000 });

test("staff pages ask the server for nothing ahead of a click (no link prefetches), are sent compressed, and a status tab still opens in place", async ({
  page,
}) => {
  const manager = await createStaff("manager");
  await signIn(page, manager);
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
  });
  for (const path of ["/staff/requests", "/staff/dashboard"]) {
    const res = await page.goto(path);
    expect(res!.status()).toBe(200);
    expect((await res!.allHeaders())["content-encoding"]).toBe("gzip");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1_000);
  }
  expect(prefetches).toEqual([]);

  await page.goto("/staff/requests");
  await page.locator('a[data-status="new"]').click();
  await expect(page).toHaveURL(/status=new/);
  await expect(page.locator('a[data-status="new"]')).toHaveAttribute("aria-current", "true");
  expect(prefetches).toEqual([]);
});
