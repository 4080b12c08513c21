import { describe, expect, it } from "vitest";
import { staffMails, type DigestParams } from "./index";

const params: Omit<DigestParams, "locale"> = {
  date: "2026-03-01",
  dashboardUrl: "https://privacy.example.com/staff/dashboard",
  overdue: [{ reference: "DSR-2026-000124", dueDate: "2026-02-27", assignee: null }],
  dueWithin7: [{ reference: "DSR-2026-000123", dueDate: "2026-03-04", assignee: "Alex Agent" }],
  unassigned: [{ reference: "DSR-2026-000124", dueDate: "2026-02-27", assignee: null }],
  perAssignee: [{ assignee: "Alex Agent", open: 1, overdue: 0 }],
};

describe("the daily digest mail", () => {
  it("writes its dates as the staff screens do, in the reader's language, never ISO", async () => {
    const en = await staffMails.digest({ ...params, locale: "en" });
    expect(en.subject).toBe("Privacy requests 1 Mar 2026: 1 overdue, 1 due within 7 days, 1 unassigned");
    expect(en.text).toContain("DSR-2026-000123 — due 4 Mar 2026 — Alex Agent");
    expect(en.text).toContain("Alex Agent: 1 open, 0 overdue");
    expect(en.html).toContain('lang="en"');
    const fr = await staffMails.digest({ ...params, locale: "fr" });
    expect(fr.subject).toBe("Demandes du 1er mars 2026 : 1 en retard, 1 à échéance sous 7 jours, 1 non attribuée");
    expect(fr.text).toContain("DSR-2026-000124 — échéance 27 févr. 2026 — non attribuée");
    expect(fr.text).toContain("Alex Agent : 1 ouverte, 0 en retard");
    expect(fr.html).toContain('lang="fr"');
    for (const mail of [en, fr]) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
