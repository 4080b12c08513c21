import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { staffNotifications, staffUsers } from "@/lib/db/schema";
import { notificationTitle } from "./notification-title";

const MIGRATION = path.join(process.cwd(), "drizzle", "0037_staff_notification_keys_backfill.sql");
/** The migration's custom block, as the migrator ran it at start (re-run here on rows written as before it). */
const backfill = () =>
  fs
    .readFileSync(MIGRATION, "utf8")
    .split("-- ==== custom SQL")[1]!
    .replace(/^[^\n]*\n/, "");

afterAll(() => closeDb());

/** Titles as the code wrote them before bell alerts were stored as keys (English only, message null). */
const OLD: { kind: string; title: string; fr: string }[] = [
  {
    kind: "fulfilment_approval",
    title: "DSR-2026-000101: an erasure plan awaits the DPO's approval",
    fr: "DSR-2026-000101 : un plan d’effacement attend l’approbation du DPO",
  },
  {
    kind: "fulfilment_failed",
    title: "DSR-2026-000102: a fulfilment step failed (approve erasure) — retry it from the request",
    fr: "DSR-2026-000102 : une étape d’exécution a échoué (Approbation du DPO) — relancez-la depuis la demande",
  },
  {
    kind: "overdue",
    title: "OVERDUE: DSR-2026-000103 was due on 2026-03-02 (3 days ago)",
    fr: "EN RETARD : DSR-2026-000103 était dû le 2026-03-02",
  },
  {
    kind: "due_in_7",
    title: "DSR-2026-000104 is due within 7 days (2026-03-09)",
    fr: "DSR-2026-000104 arrive à échéance dans 7 jours (2026-03-09)",
  },
  {
    kind: "complaint_ack_overdue",
    title: "DSR-2026-000105: complaint not acknowledged, due 2026-03-01",
    fr: "DSR-2026-000105 : réclamation sans accusé de réception, attendu le 2026-03-01",
  },
  {
    kind: "mail_failed",
    title:
      "A agent notice to the authorised agent may not have been sent: check and resend it from the request's mails",
    fr: "Un courriel n’est peut-être pas parti (« Avis au mandataire », destinataire : le mandataire autorisé) : vérifiez et renvoyez-le depuis les courriels de la demande",
  },
  {
    kind: "security.sign_in_locked",
    title: "Sign-in locked for one client address after 30 failed attempts (1 min)",
    fr: "Connexion bloquée pour une adresse cliente après 30 tentatives échouées (1 min)",
  },
  {
    kind: "webhook_disabled",
    title:
      "Webhook endpoint hooks.example:8443 was disabled: 5 attempts failed in a row (last: HTTP 500). Fix it, then re-enable it in Admin › Webhooks.",
    fr: "Le point de terminaison webhook hooks.example:8443 a été désactivé : 5 tentatives ont échoué d’affilée (dernière : HTTP 500). Corrigez-le, puis réactivez-le dans Admin › Webhooks.",
  },
  {
    kind: "verification_expired",
    title: "DSR-2026-000106 withdrawn: identity never verified (entered by staff, phone)",
    fr: "DSR-2026-000106 retirée : identité jamais vérifiée (saisie par le personnel, téléphone)",
  },
  // No pattern knows it: left as stored, shown by kind to a French reader.
  {
    kind: "manual_task",
    title: "Something an older version said",
    fr: "Une alerte enregistrée en anglais avant la traduction",
  },
];

describe("migration 0037: bell alerts stored in English before the keys", () => {
  it("gets keys derived from its English titles, read back in French; the rest by kind; twice changes nothing", async () => {
    const [member] = await db()
      .insert(staffUsers)
      .values({
        email: `bell.${randomBytes(4).toString("hex")}@backfill.test`,
        name: "Bell reader",
        role: "dpo",
        passwordHash: "x",
        locale: "fr",
        active: false,
      })
      .returning({ id: staffUsers.id });
    const rows = await db()
      .insert(staffNotifications)
      .values(OLD.map((o) => ({ userId: member!.id, kind: o.kind, title: o.title })))
      .returning({ id: staffNotifications.id });
    const ids = rows.map((r) => r.id);
    try {
      await db().execute(sql.raw(backfill()));
      const first = await db().select().from(staffNotifications).where(inArray(staffNotifications.id, ids));
      const byTitle = new Map(first.map((r) => [r.title, r]));
      for (const o of OLD) {
        const row = byTitle.get(o.title)!;
        expect(notificationTitle(row, "fr"), o.title).toBe(o.fr);
      }
      // An English reader reads the sentence as the code words it now.
      expect(notificationTitle(byTitle.get(OLD[3]!.title)!, "en")).toBe(OLD[3]!.title);
      expect(notificationTitle(byTitle.get("Something an older version said")!, "en")).toBe(
        "Something an older version said",
      );
      expect(byTitle.get("Something an older version said")!.message).toBeNull();
      expect(byTitle.get(OLD[1]!.title)!.message).toEqual({
        key: "step_failed",
        params: { reference: "DSR-2026-000102", operation: "approve_erasure" },
      });

      await db().execute(sql.raw(backfill()));
      const second = await db().select().from(staffNotifications).where(inArray(staffNotifications.id, ids));
      expect(new Map(second.map((r) => [r.id, r.message]))).toEqual(new Map(first.map((r) => [r.id, r.message])));
    } finally {
      await db().delete(staffNotifications).where(inArray(staffNotifications.id, ids));
      await db().delete(staffUsers).where(eq(staffUsers.id, member!.id));
    }
  });
});
