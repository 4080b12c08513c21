import { describe, expect, it } from "vitest";
import { notificationOf, notificationTitle } from "./notification-title";

describe("bell titles", () => {
  it("are stored as key + values with the English text, and read in the reader's language", () => {
    const stored = notificationOf("gate_approve_erasure", { reference: "DSR-2026-000123" });
    expect(stored.title).toBe("DSR-2026-000123: an erasure plan awaits the DPO's approval");
    expect(stored.message).toEqual({ key: "gate_approve_erasure", params: { reference: "DSR-2026-000123" } });
    expect(notificationTitle(stored, "fr")).toBe("DSR-2026-000123 : un plan d’effacement attend l’approbation du DPO");
    expect(notificationTitle(stored, "en")).toBe(stored.title);
  });

  it("write a date as the reader's other panels do, with the controller's zone named", () => {
    const stored = notificationOf("overdue", { reference: "DSR-1", date: "2026-03-04" });
    expect(stored.title).toBe("OVERDUE: DSR-1 was due on 2026-03-04");
    expect(notificationTitle(stored, "en", "Europe/Paris")).toBe("OVERDUE: DSR-1 was due on 4 Mar 2026 (Europe/Paris)");
    const due = notificationOf("due_in_7", { reference: "DSR-2", date: "2027-03-01" });
    expect(notificationTitle(due, "fr", "America/New_York")).toBe(
      "DSR-2 arrive à échéance dans 7 jours (1er mars 2027, America/New_York)",
    );
  });

  it("name a step with the catalogue's step words", () => {
    const stored = notificationOf("step_failed", { reference: "DSR-1", operation: "approve_erasure" });
    expect(stored.title).toContain("(DPO approval)");
    expect(notificationTitle(stored, "fr")).toContain("(Approbation du DPO)");
  });

  it("show rows without a (known) key as stored in English, and by their kind in French", () => {
    expect(notificationTitle({ title: "Old English title", message: null }, "en")).toBe("Old English title");
    expect(notificationTitle({ title: "Old", message: { key: "gone", params: {} } }, undefined)).toBe("Old");
    expect(notificationTitle({ title: "Old English title", message: null }, "fr")).toBe(
      "Une alerte enregistrée en anglais avant la traduction",
    );
    expect(notificationTitle({ kind: "due_in_3", title: "DSR-1 is due", message: null }, "fr")).toBe(
      "Une alerte d’échéance",
    );
    expect(notificationTitle({ kind: "complaint_received", title: "x", message: null }, "fr")).toBe(
      "Une alerte sur une réclamation",
    );
    expect(notificationTitle({ kind: "fulfilment_task", title: "x", message: null }, "fr")).toBe(
      "Une alerte sur une tâche manuelle",
    );
    expect(
      notificationTitle({ kind: "webhook_disabled", title: "x", message: { key: "gone", params: {} } }, "fr"),
    ).toBe("Une alerte : un point de terminaison webhook a été désactivé");
  });

  it("store the sign-in lock, webhook and expiry alerts as keys, worded in English as before", () => {
    const lock = notificationOf("sign_in_locked_account_address", { email: "a@b.test", failures: 5, minutes: 1 });
    expect(lock.title).toBe(
      "Sign-in locked for the account a@b.test from one client address after 5 failed attempts (1 min)",
    );
    expect(notificationTitle(lock, "fr")).toBe(
      "Connexion bloquée pour le compte a@b.test depuis une même adresse cliente après 5 tentatives échouées (1 min)",
    );
    const hook = notificationOf("webhook_given_up", { host: "h.example", hours: 24 });
    expect(hook.title).toBe(
      "Webhook endpoint h.example was disabled: a delivery failed on every attempt for 24 h. Fix it, then re-enable it in Admin › Webhooks.",
    );
    expect(notificationTitle(hook, "fr")).toMatch(/^Le point de terminaison webhook h\.example a été désactivé/);
    const expiry = notificationOf("verification_expired", { reference: "DSR-9", channel: "letter" });
    expect(expiry.title).toBe("DSR-9 withdrawn: identity never verified (entered by staff, letter)");
    expect(notificationTitle(expiry, "fr")).toBe(
      "DSR-9 retirée : identité jamais vérifiée (saisie par le personnel, courrier)",
    );
  });

  it("name a mail and whose inbox it was for in the reader's language (the mail bell)", () => {
    const stored = notificationOf("mail_given_up", { template: "agent_notice", recipientRole: "agent", days: 3 });
    expect(stored.title).toBe(
      "A mail could not be sent for 3 days (“Notice to the authorised agent”, to the authorised agent): resend it from the request's mails",
    );
    const fr = notificationTitle(stored, "fr");
    expect(fr).toContain("« Avis au mandataire », destinataire : le mandataire autorisé");
    expect(
      notificationTitle(notificationOf("mail_uncertain", { template: "verification", recipientRole: "subject" }), "fr"),
    ).toMatch(/^Un courriel n’est peut-être pas parti/);
  });
});
