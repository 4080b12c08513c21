import { describe, expect, it } from "vitest";
import { staffMails, type RecipientNoticeParams } from "./index";

const base: RecipientNoticeParams = {
  recipientName: "Colis Express",
  companyName: "Maison Dupont",
  reference: "DSR-2025-000129",
  regime: "GDPR",
  action: "erasure",
  subjectEmail: "jeanne.martin@example.fr",
  details: [],
  contactEmail: "dpo@shop.example.com",
};

/** The HTML's visible text: tags and React's text-node separators removed, apostrophes decoded. */
const visible = (html: string) =>
  html
    .replaceAll("<!-- -->", "")
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#x27;", "'");

describe("recipientNotice (Art. 19)", () => {
  it.each([
    [
      "erasure",
      "please erase this person's data",
      "we have erased their personal data.",
      "Please erase this person's personal data",
    ],
    [
      "rectification",
      "please correct this person's data",
      "we have rectified their personal data.",
      "Please make the same corrections",
    ],
    [
      "restriction",
      "please restrict processing of this person's data",
      "we have restricted the processing of their personal data.",
      "do not otherwise process it",
    ],
  ] as const)(
    "%s: subject, controller, Art. 19, the person, what to do and where to confirm",
    async (action, ask, done, todo) => {
      const mail = await staffMails.recipientNotice({ ...base, action });
      expect(mail.subject).toBe(`Data subject request DSR-2025-000129 from Maison Dupont: ${ask}`);
      expect(Object.keys(mail).sort()).toEqual(["html", "subject", "text"]);
      for (const body of [mail.text, visible(mail.html)]) {
        expect(body).toContain("Dear Colis Express,");
        expect(body).toContain("Maison Dupont is the controller");
        expect(body).toContain("Article 19 of the GDPR");
        expect(body).toContain("jeanne.martin@example.fr");
        expect(body).toContain("which we disclosed to you");
        expect(body).toContain(done);
        expect(body).toContain(todo);
        expect(body).toContain("Please confirm to dpo@shop.example.com");
        expect(body).toContain("DSR-2025-000129");
        expect(body).toContain("The Maison Dupont privacy team");
        expect(body).not.toMatch(/undefined|\[object Object\]/);
      }
      expect(mail.html).toContain('href="mailto:dpo@shop.example.com"');
      expect(mail.html).toContain('lang="en"');
      expect(mail.text).not.toContain("DATA SUBJECT REQUEST");
    },
  );

  it("lists the corrections for a rectification", async () => {
    const mail = await staffMails.recipientNotice({
      ...base,
      action: "rectification",
      details: ["phone → +33 6 12 34 56 78", "last_name → Martin-Durand"],
    });
    for (const body of [mail.text, visible(mail.html)]) {
      expect(body).toContain("as follows:");
      expect(body).toContain("phone → +33 6 12 34 56 78");
      expect(body).toContain("last_name → Martin-Durand");
    }
    expect(mail.html.match(/<li/g)).toHaveLength(2);
  });

  it("shows no list when there are no details", async () => {
    const mail = await staffMails.recipientNotice({ ...base, action: "rectification", details: [" "] });
    expect(mail.html).not.toContain("<li");
    expect(mail.text).not.toContain("as follows");
  });

  it("escapes values in the HTML and keeps them verbatim in the text", async () => {
    const evil = `<script>alert("x")</script>`;
    const mail = await staffMails.recipientNotice({
      ...base,
      action: "rectification",
      recipientName: evil,
      companyName: "<b>Shop</b>",
      details: [`phone → ${evil}`],
      subjectEmail: `${evil}@example.com`,
    });
    expect(mail.html).not.toContain("<script");
    expect(mail.html).not.toContain("<b>Shop");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain(`phone → ${evil}`);
  });

  it("keeps the subject on one line", async () => {
    const mail = await staffMails.recipientNotice({ ...base, reference: "DSR-1\r\nBcc: x@example.com" });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("does not make a mailto link of a contact that is not an e-mail address", async () => {
    const mail = await staffMails.recipientNotice({ ...base, contactEmail: "javascript:alert(1)" });
    expect(mail.html).not.toContain("mailto:");
    expect(mail.html).not.toContain('href="javascript');
    expect(mail.text).toContain("javascript:alert(1)");
  });

  /**
   * The notice cites the requester's own law: a Californian's, a Brazilian's or a Canadian's processor was told
   * "Under Article 19 of the GDPR" (and, for a restriction, "Article 18 GDPR"), a law that does not apply to them.
   */
  it.each([
    ["UK_GDPR", "erasure", "Under Article 19 of the UK GDPR, we inform you"],
    ["CCPA", "erasure", "Under Cal. Civ. Code § 1798.105(c)(1) (California Consumer Privacy Act), we inform you"],
    [
      "CCPA",
      "rectification",
      "Under Cal. Code Regs., tit. 11, § 7023(c) (California Consumer Privacy Act regulations), we",
    ],
    ["LGPD", "erasure", "Under Article 18, § 6, of Brazil's LGPD (Law No. 13,709/2018), we inform you"],
    ["LGPD", "restriction", "Under Article 18, § 6, of Brazil's LGPD (Law No. 13,709/2018), we inform you"],
    ["PIPEDA", "rectification", "Under Principle 4.9.5 of Schedule 1 to Canada's PIPEDA, we inform you"],
    ["NFADP", "erasure", "which we disclosed to you. We inform you that, at this person's request"],
    ["US_VA", "erasure", "which we disclosed to you. We inform you that, at this person's request"],
  ] as const)("%s %s: cites that law, never the GDPR", async (regime, action, basis) => {
    const mail = await staffMails.recipientNotice({ ...base, regime, action });
    for (const body of [mail.text, visible(mail.html)].map((b) => b.replace(/\s+/g, " "))) {
      expect(body).toContain(basis);
      if (regime !== "UK_GDPR") expect(body).not.toMatch(/GDPR|Article 19/);
    }
  });

  it("a restriction is defined by the regime's own article, and by none where the law has no such right", async () => {
    const uk = await staffMails.recipientNotice({ ...base, regime: "UK_GDPR", action: "restriction" });
    expect(uk.text.replace(/\s+/g, " ")).toContain("do not otherwise process it (Article 18 of the UK GDPR) until");
    const ch = await staffMails.recipientNotice({ ...base, regime: "NFADP", action: "restriction" });
    expect(ch.text.replace(/\s+/g, " ")).toContain("do not otherwise process it until we tell you");
    expect(ch.text).not.toMatch(/GDPR|Article 18/);
  });
});
