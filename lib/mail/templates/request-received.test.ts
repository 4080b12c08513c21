import { describe, expect, it } from "vitest";
import { testBrand as brand } from "@/scripts/test-support/mail-templates";
import { renderMail, sampleParams } from "./index";

/** A letter entered 40 days late with the identity checked by staff (issue 17, Deliver 1). */
describe("request_received for a back-dated, staff-checked request", () => {
  const late = { ...sampleParams("request_received"), dueDate: "2026-11-02", overdue: true, checkedByStaff: true };

  it("en: promises no date that has passed and thanks nobody for a confirmation they never gave", async () => {
    const mail = await renderMail("request_received", "en", late, brand);
    expect(mail.text).toContain(
      "The time to answer (2 November 2026) has already passed: we will answer as soon as possible.",
    );
    expect(mail.text).not.toContain("at the latest");
    expect(mail.text).toContain("and checked your identity");
    expect(mail.text).not.toContain("Thank you for confirming");
  });

  it("fr: the same in French", async () => {
    const mail = await renderMail("request_received", "fr", late, brand);
    expect(mail.text).toContain(
      "Le délai de réponse (2 novembre 2026) est déjà dépassé : nous vous répondrons dès que possible.",
    );
    expect(mail.text).not.toContain("au plus tard");
    expect(mail.text).toContain("et vérifié votre identité");
    expect(mail.text).not.toContain("Merci d’avoir confirmé");
  });

  it("a portal request confirmed in time keeps its date and its thanks", async () => {
    const mail = await renderMail("request_received", "en", sampleParams("request_received"), brand);
    expect(mail.text).toContain("at the latest");
    expect(mail.text).toContain("Thank you for confirming");
  });
});
