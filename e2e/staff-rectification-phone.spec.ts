import { eq } from "drizzle-orm";
import { expect, test } from "./fixtures/test";
import { createStaff } from "./fixtures/staff";
import { db } from "@/lib/db/client";
import { requests, staffUsers } from "@/lib/db/schema";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { openWorkspace, panel, shoot } from "./fixtures/fulfilment-workspace";

test.describe.configure({ timeout: 240_000 });

test("rectification on a phone, in French: the 'Apply to' choice is shown whole; a correction declined with a reason makes the request partly refused", async ({
  page,
}) => {
  const customer = await freshShopCustomer(1);
  const id = await verifiedRequest({
    type: "rectification",
    email: customer.email,
    jurisdiction: "US-VA",
    rectification: [
      { field: "Phone number", currentValue: customer.phone ?? "", newValue: "+1 804 555 0199" },
      { field: "Date of birth", currentValue: "", newValue: "1990-01-01" },
    ],
  });
  const agent = await createStaff("agent");
  await page.setViewportSize({ width: 390, height: 844 });
  await openWorkspace(page, agent, id);
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, agent.id));
  const t = staffMessages("fr");
  await page.reload();
  await page.getByRole("button", { name: t.actions.transitions.start.label }).click();
  const g = t.gates.changes;
  const gate = panel(page).getByTestId("gate-approve-changes");
  await expect(gate).toBeVisible({ timeout: 60_000 });
  const target = gate.getByLabel(fill(g.fieldFor, { field: "Phone number" }));
  await expect(target.locator("option:checked")).toContainText("shop.customers.phone");
  // The chosen option's text fits inside the closed select (its box minus padding and the arrow).
  const fit = await target.evaluate((el: HTMLSelectElement) => {
    const probe = document.createElement("span");
    const style = getComputedStyle(el);
    probe.style.font = style.font;
    probe.style.whiteSpace = "pre";
    probe.textContent = el.selectedOptions[0]?.text ?? "";
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return { text, inner, pageWidth: document.documentElement.scrollWidth };
  });
  expect(fit.text).toBeLessThanOrEqual(fit.inner);
  expect(fit.pageWidth).toBeLessThanOrEqual(390);

  // The second correction is not applied: its reason is required and told to the person.
  await gate.getByLabel(fill(g.fieldFor, { field: "Date of birth" })).selectOption("");
  await gate.locator("#reason-1").fill("Nous ne détenons pas de date de naissance.");
  await shoot(page, "fulfilment-rectification-decline-390-fr");
  await gate.getByRole("button", { name: g.approve }).click();
  await expect
    .poll(async () => (await db().select().from(requests).where(eq(requests.id, id)))[0]?.partialRefusal, {
      timeout: 90_000,
    })
    .toBe("rectification_declined");
});
