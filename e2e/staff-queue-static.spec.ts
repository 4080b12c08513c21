import { expect, test } from "./fixtures/test";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";

test.describe.configure({ timeout: 150_000 });

test("the queue is a page without the React runtime: select all and assign, the outcome announced, French, sign-out", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const [a, b] = [await createVerifiedRequest(), await createVerifiedRequest()];
  await signIn(page, dpo);
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  // By reference: the row is on the first page whatever else the queue holds.
  await page.goto(`/staff/requests?q=${a.reference}`);
  expect(scripts).toEqual([]);
  await expect(page.locator(`tr[data-reference="${a.reference}"]`)).toBeVisible();
  // "Select all" exists only with scripts (two inline lines); it ticks every row of the page.
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(page.getByRole("checkbox", { name: `Select ${a.reference}` })).toBeChecked();
  await page.getByLabel("Assign selected to").selectOption({ label: `${dpo.name} (DPO)` });
  await page.getByRole("button", { name: "Assign selected" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${a.reference}`));
  await expect(page.getByRole("status")).toHaveText("1 assigned.");
  await expect(page.locator(`tr[data-reference="${a.reference}"] td.c-assignee`)).toHaveText(dpo.name);

  await page.goto(`/staff/requests?q=${b.reference}`);
  await page.getByRole("button", { name: "FR", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demandes");
  await expect(page.getByRole("button", { name: "FR", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(new RegExp(`q=${b.reference}`));
  await page.getByRole("button", { name: "EN", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/staff\/signin/);
  await page.goto("/staff/requests");
  await expect(page).toHaveURL(/\/staff\/signin/);
});
