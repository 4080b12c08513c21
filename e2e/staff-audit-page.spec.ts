import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { createStaff, signIn } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { expectNoAxeViolations } from "./fixtures/portal-journey";

const shots = "e2e/artifacts/screenshots";

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the audit log reads as sentences with names and references, filters by reference, actor and action, fits 1366 and 390", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  // Two members with the same name: the actor filter tells them apart (role and e-mail beside the name).
  const agent = await createStaff("agent", { name: `Audit Agent ${Date.now().toString(36)}` });
  const namesake = await createStaff("agent", { name: agent.name });
  const req = await createVerifiedRequest({ assignTo: agent });
  await signIn(page, dpo);

  // By reference, as staff know it (not the request's id).
  await page.goto("/staff/audit");
  await page.getByLabel("Request reference").fill(req.reference);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`ref=${req.reference}`));
  const entries = page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  await expect(entries.filter({ hasText: `The subject filed request ${req.reference}.` })).toHaveCount(1);
  const assigned = entries.filter({ hasText: `${agent.name} assigned request ${req.reference} to ${agent.name}.` });
  await expect(assigned).toHaveCount(1);
  await expect(page.getByTestId("chain-status")).toContainText("Hash chain verifies");
  // The reference opens the request; the details are labelled fields, not JSON, without the version.
  await expect(assigned.getByRole("link", { name: req.reference })).toHaveAttribute(
    "href",
    `/staff/requests/${req.id}`,
  );
  await assigned.locator("summary", { hasText: "Details" }).click();
  // Only what changed: the assignee before → after, by name; not the unchanged status ("From New / To New").
  await expect(assigned.locator("dl dt")).toHaveText(["Assignee"]);
  await expect(assigned.locator("dl dd")).toHaveText([`nobody → ${agent.name}`]);
  await expect(assigned).not.toContainText("{");
  await expect(assigned).not.toContainText("version");
  await expect(page.getByText(/times in /)).toBeVisible();
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/audit-by-reference-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await expectNoAxeViolations(page);

  // By who acted, typed (part of a name or an e-mail, any case; Enter submits) and what happened (a labelled action).
  const who = page.getByLabel("Who acted");
  await expect(who).toHaveAccessibleDescription(/A staff member's name or e-mail, an API key's name/);
  await who.fill(agent.name.toUpperCase());
  await page.getByLabel("What happened").selectOption({ label: "Assigned" });
  await who.press("Enter");
  await expect(page).toHaveURL(/who=AUDIT\+AGENT.*action=request\.assigned/);
  // Both namesakes match, told apart by their e-mail; only the one who acted has an entry.
  const matches = page.getByTestId("actor-matches");
  await expect(matches).toContainText(`${agent.name} (agent, ${agent.email})`);
  await expect(matches).toContainText(`${namesake.name} (agent, ${namesake.email})`);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(`${agent.name} assigned request ${req.reference} to ${agent.name}.`);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/audit-by-actor-action-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await expectNoAxeViolations(page);

  // The namesake by e-mail: found, but no assignment of theirs.
  await page.getByLabel("Who acted").fill(namesake.email);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("actor-matches")).toHaveText(`“${namesake.email}” matches ${namesake.name} (agent).`);
  await expect(page.getByText("No audit entries match. Remove a filter (Reset) to see them all.")).toBeVisible();

  // A text that names nobody says so, and lists nothing.
  const nobody = `zz-nobody-${Date.now().toString(36)}`;
  await page.getByLabel("Who acted").fill(nobody);
  await page.getByLabel("Who acted").press("Enter");
  await expect(page).toHaveURL(new RegExp(`who=${nobody}`));
  await expect(page.locator("p.alert")).toHaveText(`No staff member or API key matches “${nobody}”.`);
  await expect(entries).toHaveCount(0);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/audit-no-actor-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  // The system and the subject are named by a word; an unknown reference says so.
  await page.goto(`/staff/audit?ref=DSR-1999-999999`);
  await expect(page.locator("p.alert")).toHaveText("No request has the reference DSR-1999-999999.");
  await page.goto(`/staff/audit?who=subject&ref=${req.reference}`);
  await expect(page.getByLabel("Who acted")).toHaveValue("subject");
  await expect(entries.first()).toContainText("The subject");
  await expect(entries.filter({ hasText: agent.name })).toHaveCount(0);
});
