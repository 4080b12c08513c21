import { and, desc, eq } from "drizzle-orm";
import { expect, test, type Page } from "./fixtures/test";
import { db } from "@/lib/db/client";
import { auditLog, requests, staffUsers } from "@/lib/db/schema";
import { freshShopCustomer, verifiedRequest } from "@/scripts/test-support/fulfilment";
import { panel } from "./fixtures/fulfilment-workspace";
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
  await expect(page.getByLabel("Référence, e-mail exact ou nom")).toBeVisible();
  await expect(page).toHaveTitle("File des demandes — demandes de droits");
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
  await expect(page.getByTestId("assignee-line")).toHaveText(/^Responsable : .+$/);
  await expect(page.getByTestId("assignee-line")).not.toContainText("version");

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
  // "Mark all as read" only when something is unread; otherwise the empty state says what will come here.
  await expect(
    page.getByRole("button", { name: "Tout marquer comme lu" }).or(page.getByText(/^Aucune notification\./)),
  ).toBeVisible();

  await page.goto(`/staff/audit?request=${req.id}`);
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toBeVisible();
  await expect(page.getByTestId("chain-status")).toContainText("La chaîne de hachage est intègre");

  // Back to English: the same pages speak English again.
  await header(page).getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("chain-status")).toContainText("Hash chain verifies");
  await page.goto("/staff/notifications");
  await expect(
    page.getByRole("button", { name: "Mark all as read" }).or(page.getByText(/^No notifications\./)),
  ).toBeVisible();
  await page.goto("/staff/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page).toHaveTitle("Dashboard — privacy requests");
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

test("in French: an erasure awaiting the DPO's approval (plan, form, confirmation, results), its bell notification, the users admin page and the reports", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const customer = await freshShopCustomer(2);
  const id = await verifiedRequest({ type: "erasure", email: customer.email });
  const [row] = await db().select({ reference: requests.reference }).from(requests).where(eq(requests.id, id));
  const reference = row!.reference;
  const dpo = await createStaff("dpo");
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, dpo);
  await header(page).getByRole("button", { name: "FR" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(await savedLocale(dpo)).toBe("fr");
  // The header names no single law.
  await expect(header(page)).toContainText("Demandes de droits");
  await expect(header(page)).not.toContainText("RGPD");

  await page.goto(`/staff/requests/${id}`);
  await page.getByRole("button", { name: "Commencer le traitement" }).click();
  const plan = panel(page).getByTestId("erasure-plan");
  await expect(plan).toBeVisible({ timeout: 90_000 });
  await expect(plan.getByRole("heading", { name: "Plan d’effacement" })).toBeVisible();
  await expect(plan.getByRole("columnheader")).toContainText([
    "Table",
    "Action",
    "Lignes",
    "Champs",
    "Exception et motif",
  ]);
  await expect(plan.locator('tr[data-table="shop.orders"]')).toContainText("Conserver (exception)");
  await expect(plan.locator('tr[data-table="shop.customers"]')).toContainText("Anonymiser");
  await expect(panel(page).getByTestId("fulfilment-progress")).toHaveText("Étape 2 sur 5 : Approbation du DPO");
  await expect(panel(page).locator('[data-operation="discover"]')).toContainText(/\d+ tables?, .*à anonymiser/);
  const note = plan.getByRole("textbox", { name: "Note pour le dossier (facultatif)" });
  await expect(note).toBeVisible();
  await expect(panel(page)).not.toContainText(/Approve|Erasure plan|Waiting for/);
  await shoot(page, "staff-fr-erasure-approval");
  await panel(page).screenshot({ path: "e2e/artifacts/screenshots/staff-fr-erasure-approval-panel.png" });

  // The bell: the notification stored for the gate reads in French for a French reader.
  await page.goto("/staff/notifications");
  const bellItem = page.getByRole("link", { name: `${reference} : un plan d’effacement attend l’approbation du DPO` });
  await expect(bellItem).toBeVisible();
  await shoot(page, "staff-fr-notifications");
  await bellItem.click();

  await note.fill("Vérifié avec la comptabilité");
  await plan.getByRole("button", { name: "Approuver l’effacement" }).click();
  await expect(page.getByRole("alertdialog", { name: "Confirmer" })).toContainText("c’est irréversible");
  await page.getByRole("button", { name: "Oui, approuver l’effacement" }).click();
  await expect(panel(page).getByTestId("fulfilment-progress")).toHaveText("Les 5 étapes sont terminées", {
    timeout: 90_000,
  });
  await page.reload();
  await expect(page.locator("h1 .status")).toHaveText("Terminée", { timeout: 30_000 });
  await expect(panel(page).locator('[data-operation="erase"]')).toContainText(/anonymisé 1 .*plus rien d’effaçable/);
  await expect(plan).toContainText(`Approuvé par ${dpo.name}`);
  await expect(panel(page)).not.toContainText(/Approved by|nothing erasable/);
  await shoot(page, "staff-fr-erasure-done");

  // Reports.
  await page.goto("/staff/reports");
  await expect(page.getByRole("heading", { name: "Rapports", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Registre des demandes" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Afficher" }).first()).toBeVisible();
  await expect(page.getByTestId("register").getByRole("columnheader")).toContainText([
    "Référence",
    "Date de la demande (Europe/Paris)",
  ]);
  await expect(page.locator("main")).not.toContainText(/Register of requests|Yearly metrics/);
  await shoot(page, "staff-fr-reports");

  // An admin page, for an administrator who chose French.
  const admin = await createStaff("admin");
  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await adminPage.setViewportSize({ width: 1366, height: 900 });
  await signIn(adminPage, admin);
  // Their choice, as the switch saves it (the switch itself is exercised above).
  await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, admin.id));
  await adminPage.goto(`/staff/admin/users?q=${encodeURIComponent(admin.email)}`);
  await expect(adminPage.getByRole("heading", { name: "Comptes de l’équipe" })).toBeVisible();
  await expect(adminPage.getByTestId("users-summary")).toHaveText(`1 compte correspond à « ${admin.email} »`);
  await expect(adminPage.getByRole("link", { name: "Afficher tous les comptes" })).toBeVisible();
  await expect(adminPage.getByRole("button", { name: "Créer le compte" })).toBeVisible();
  const me = adminPage.locator(`tr[data-email="${admin.email}"]`);
  await expect(me).toContainText("actif");
  await expect(me).toContainText("vous");
  await expect(adminPage.locator("main")).not.toContainText(/Staff users|Create account|Deactivate/);
  await shoot(adminPage, "staff-fr-admin-users");
  await context.close();
});
