import { describe, expect, it } from "vitest";
import { staffMails } from "./index";

/**
 * QA found an assignment mail "DSR-2026-000270 was assigned to you (due 2027-01-04)" in English to a staff
 * member who works in French: each staff mail is written in its reader's language, dates as the screens write them.
 */
describe("staff mails in the reader's language", () => {
  it("the assignment", async () => {
    const p = {
      reference: "DSR-2026-000270",
      type: "erasure",
      dueDate: "2027-01-04",
      assignedBy: "Dora DPO",
      requestUrl: "https://privacy.example.com/staff/requests/x",
    };
    const fr = await staffMails.assignment({ ...p, locale: "fr" });
    expect(fr.subject).toBe("DSR-2026-000270 vous a été attribuée (échéance le 4 janv. 2027)");
    expect(fr.text).toContain("Dora DPO vous a attribué cette demande (effacement)");
    expect(fr.html).toContain('lang="fr"');
    const en = await staffMails.assignment({ ...p, locale: "en" });
    expect(en.subject).toBe("DSR-2026-000270 was assigned to you (due 4 Jan 2027)");
    for (const mail of [fr, en]) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("the deadline alerts and the escalation", async () => {
    const p = {
      reference: "DSR-2026-000124",
      dueDate: "2026-11-20",
      firstDueDate: "2026-11-20",
      requestUrl: "https://privacy.example.com/staff/requests/y",
      assigneeName: null,
    };
    const overdue = await staffMails.deadlineAlert({ ...p, locale: "fr", threshold: "overdue", daysOverdue: 2 });
    expect(overdue.subject).toBe("EN RETARD : DSR-2026-000124 devait être traitée le 20 nov. 2026 (il y a 2 jours)");
    expect(overdue.text).toContain("Échéance : 20 nov. 2026. Responsable : personne.");
    const soon = await staffMails.deadlineAlert({ ...p, locale: "en", threshold: "due_in_3" });
    expect(soon.subject).toBe("DSR-2026-000124 is due within 3 days (20 Nov 2026)");
  });

  it("account security: times in the controller's zone, labelled", async () => {
    const locked = await staffMails.accountLocked({
      locale: "fr",
      timeZone: "Europe/Paris",
      name: "Alex",
      failures: 20,
      lockedUntil: "2026-12-15T10:30:00.000Z",
      signInUrl: "https://privacy.example.com/staff/signin",
    });
    expect(locked.subject).toBe("Votre compte du back-office a été verrouillé après 20 connexions échouées");
    expect(locked.text).toContain("verrouillée jusqu’au 15 décembre 2026 à 11:30 (Europe/Paris)");
    const reset = await staffMails.passwordReset({
      locale: "en",
      timeZone: "Europe/Paris",
      name: "Alex",
      resetUrl: "https://privacy.example.com/staff/reset-password/x",
      expiresAt: "2026-12-16T10:30:00.000Z",
    });
    expect(reset.text).toContain("until 16 December 2026 at 11:30 (Europe/Paris)");
  });
});
