import { expect, test } from "./fixtures/test";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff } from "./fixtures/staff";

test("/ redirects to the portal in the visitor's language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "fr-FR",
    extraHTTPHeaders: { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});

for (const [locale, title, erasure] of [
  ["en", "Your privacy rights", "Erase your data"],
  ["fr", "Vos droits sur vos données", "Droit à l'effacement"],
] as const) {
  test(`portal home renders in ${locale} with the six rights`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("ul.rights-list > li")).toHaveCount(6);
    await expect(page.getByRole("heading", { name: new RegExp(erasure) })).toBeVisible();
    await keepScreenshot(page, `portal-home-${locale}`);
  });
}

test("staff sign-in page renders and a staff member can sign in", async ({ page }) => {
  const agent = await createStaff("agent");
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/signin/);
  await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  await keepScreenshot(page, "staff-signin");

  await page.getByLabel("E-mail").fill(agent.email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Sign-in failed. Check your e-mail and password.")).toBeVisible();

  await page.getByLabel("Password").fill(agent.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Requests" })).toBeVisible();
  await expect(page.getByText(`${agent.name} · agent`)).toBeVisible();
});

test("health reports every part ok", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok", redis: "ok", workers: "ok" });
});
