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

  it("name a step with the catalogue's step words", () => {
    const stored = notificationOf("step_failed", { reference: "DSR-1", operation: "approve_erasure" });
    expect(stored.title).toContain("(DPO approval)");
    expect(notificationTitle(stored, "fr")).toContain("(Approbation du DPO)");
  });

  it("keep rows written before keys (or with an unknown key) readable as stored", () => {
    expect(notificationTitle({ title: "Old English title", message: null }, "fr")).toBe("Old English title");
    expect(notificationTitle({ title: "Old", message: { key: "gone", params: {} } }, "fr")).toBe("Old");
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
