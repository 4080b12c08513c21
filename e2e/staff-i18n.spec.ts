import { and, desc, eq } from "drizzle-orm";
import { expect, test, type Page } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { auditLog, staffUsers } from "@/lib/db/schema";
import { keepScreenshot } from "./fixtures/screenshot";
import { createStaff, resetAddressThrottle, signIn, totpCode, type TestStaff } from "./fixtures/staff";
import { createVerifiedRequest } from "./fixtures/staff-requests";
import { verifiedRequestDueIn } from "./fixtures/watch-requests";

test.describe.configure({ timeout: 120_000 });

const header = (page: Page) => page.locator("header.staff-header");

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
    await keepScreenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function savedLocale(staff: TestStaff): Promise<string | null> {
  const [row] = await db().select({ locale: staffUsers.locale }).from(staffUsers).where(eq(staffUsers.id, staff.id));
  return row?.locale ?? null;
}

test("a DPO switches the staff screens to French: queue, request page with the deadline explanation, dashboard; saved and audited", async ({
  page,
}) => {
  const dpo = await createStaff("dpo");
  const req = await createVerifiedRequest({ type: "access", jurisdiction: "FR" });
  const late = await verifiedRequestDueIn(-2, { assigneeId: dpo.id });
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, dpo);
  // The first sign-in took the browser's language (Playwright's Chromium asks for en-US).
  expect(await savedLocale(dpo)).toBe("en");
  await expect(header(page).getByRole("button", { name: "EN" })).toHaveAttribute("aria-pressed", "true");

  await header(page).getByRole("button", { name: "FR" }).click();
  await expect(page.getByRole("heading", { name: "Demandes", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(header(page).getByRole("link", { name: "Tableau de bord" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Changer le mot de passe" })).toBeVisible();
  await expect(header(page).getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  expect(await savedLocale(dpo)).toBe("fr");
  const [entry] = await db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, dpo.id), eq(auditLog.action, "staff.language_changed")))
    .orderBy(desc(auditLog.seq));
  expect(entry?.payload).toEqual({ from: "en", to: "fr" });

  // The queue: filters, columns, status and due labels.
  await page.goto(`/staff/requests?q=${encodeURIComponent(req.reference)}&status=all`);
  await expect(page.getByLabel("Référence ou e-mail exact")).toBeVisible();
  const table = page.getByRole("table", { name: "Demandes" });
  await expect(table.getByRole("columnheader")).toContainText([
    "Référence",
    "Type",
    "Personne concernée",
    "Statut",
    "Juridiction",
    "Reçue",
    "Échéance",
    "Responsable",
  ]);
  const row = page.locator(`tr[data-reference="${req.reference}"]`);
  await expect(row).toContainText("accès");
  await expect(row).toContainText("Nouvelle");
  await expect(row.locator(".badge")).toHaveText(/^encore \d+ j$/);
  // The zone is named once, in the "Received" column's header (and on each row when they fold).
  await expect(table.getByRole("columnheader", { name: /Reçue \(Europe\/Paris\)/ })).toBeVisible();
  await shoot(page, "staff-fr-queue");

  // The request page, with the deadline explanation in French.
  await page.goto(`/staff/requests/${req.id}`);
  await expect(page.getByRole("heading", { name: "Échéance", exact: true })).toBeVisible();
  await expect(page.locator("h1 .status")).toHaveText("Nouvelle");
  await page.getByText("Comment cette date est calculée").click();
  const explanation = page.getByTestId("deadline-explanation");
  await expect(explanation).toContainText("Reçue le");
  await expect(explanation).toContainText("Le jour de réception n'est pas compté");
  await expect(explanation).not.toContainText("Received on");
  await expect(page.getByRole("heading", { name: "Historique" })).toBeVisible();
  await expect(page.locator(".timeline")).toContainText("Demande reçue");
  await shoot(page, "staff-fr-request");
  await page.getByRole("button", { name: "Prendre (me l'attribuer)" }).click();
  await expect(page.getByText("Attribution enregistrée.")).toBeVisible();
  await expect(page.getByText(/Responsable : .+ · version 3$/)).toBeVisible();

  // The dashboard.
  await page.goto("/staff/dashboard");
  await expect(page.getByRole("heading", { name: "Tableau de bord" })).toBeVisible();
  const overdueRow = page.getByTestId("overdue-list").getByRole("row", { name: new RegExp(late.reference) });
  await expect(overdueRow.getByRole("cell").nth(1)).toHaveText("effacement");
  await expect(overdueRow.getByRole("cell").nth(3)).toHaveText("2");
  await expect(page.getByRole("region", { name: "Charge par responsable" })).toBeVisible();
  await expect(page.getByText(/Mis à jour à .* · actualisé toutes les 60 s/)).toBeVisible();
  await shoot(page, "staff-fr-dashboard");

  // Entering a request by hand, and the notifications.
  await page.goto("/staff/requests/new");
  await expect(
    page.getByRole("heading", { name: "Saisir une demande reçue par téléphone, courrier ou e-mail" }),
  ).toBeVisible();
  await expect(page.getByLabel("Droit exercé")).toContainText("effacement");
  await expect(page.getByRole("button", { name: "Créer la demande" })).toBeVisible();
  await page.goto("/staff/notifications");
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tout marquer comme lu" })).toBeVisible();

  await page.goto(`/staff/audit?request=${req.id}`);
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toBeVisible();
  await expect(page.getByTestId("chain-status")).toContainText("La chaîne de hachage est intègre");

  // Back to English: the same pages speak English again.
  await header(page).getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("chain-status")).toContainText("Hash chain verifies");
  await page.goto("/staff/notifications");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toBeVisible();
  await page.goto("/staff/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  expect(await savedLocale(dpo)).toBe("en");
});

test("a first sign-in from a French browser opens the back-office in French", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "fr-FR", baseURL });
  const page = await context.newPage();
  const agent = await createStaff("agent");
  await resetAddressThrottle();
  await page.goto("/staff/signin");
  // No session yet: the sign-in page already speaks the browser's language.
  await expect(page.getByRole("heading", { name: "Connexion de l'équipe" })).toBeVisible();
  await page.getByLabel("E-mail").fill(agent.email);
  await page.getByLabel("Mot de passe").fill(agent.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (agent.totpSecret) {
    await page.getByLabel("Code d'authentification").fill(totpCode(agent.totpSecret));
    await page.getByRole("button", { name: "Vérifier" }).click();
  }
  await expect(page.getByRole("heading", { name: "Demandes", exact: true })).toBeVisible({ timeout: 30_000 });
  expect(await savedLocale(agent)).toBe("fr");
  await keepScreenshot(page, "staff-fr-first-sign-in-1366");
  await context.close();
});
