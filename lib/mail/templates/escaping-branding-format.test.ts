import { describe, expect, it } from "vitest";
import { formatMailDate, humaniseName, recordCount, requestPhrase, tableLabel, typeLabel } from "./format";
import { renderMail, sampleCompletionWithResult, sampleParams, type TemplateName } from "./index";

import { LOCALES, testBrand as brand } from "@/scripts/test-support/mail-templates";

describe("escaping", () => {
  const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
  const cases: [TemplateName, object][] = [
    ["staff_message", { ...sampleParams("staff_message"), message: evil }],
    ["clarification_request", { ...sampleParams("clarification_request"), message: evil }],
    ["extension_notice", { ...sampleParams("extension_notice"), reason: evil }],
    ["refusal", { ...sampleParams("refusal"), reasonText: evil, authorityName: evil }],
    ["completion", { ...sampleParams("completion"), summary: evil }],
    [
      "restriction_lift_notice",
      { ...sampleParams("restriction_lift_notice"), reason: evil, authorityName: evil, systems: [evil] },
    ],
    [
      "completion",
      {
        ...sampleCompletionWithResult("erasure"),
        result: {
          kind: "erasure",
          erased: [{ system: evil, table: "shop.customers", action: "delete", rows: 1 }],
          kept: [{ system: "Demo Shop", table: "shop.orders", rows: 1, exemption: evil, reason: evil }],
          recipientsNotified: [evil],
        },
      },
    ],
    [
      "completion",
      {
        ...sampleCompletionWithResult("rectification"),
        result: {
          kind: "rectification",
          changed: [{ system: "Demo Shop", field: "phone", value: evil }],
          recipientsNotified: [evil],
        },
      },
    ],
    [
      "completion",
      {
        ...sampleCompletionWithResult("restriction"),
        result: { kind: "restriction", systems: [evil], recipientsNotified: [] },
      },
    ],
    ["completion", { ...sampleCompletionWithResult("objection"), result: { kind: "objection", systems: [evil] } }],
  ];
  it.each(cases)("%s: user text is escaped in the HTML and kept verbatim in the text", async (name, params) => {
    for (const locale of LOCALES) {
      const mail = await renderMail(name, locale, params as never, { ...brand, companyName: "<b>Shop</b>" });
      expect(mail.html).not.toContain("<script");
      expect(mail.html).not.toContain("<img src=x");
      expect(mail.html).not.toContain("<b>Shop");
      expect(mail.html).toContain("&lt;script&gt;");
      expect(mail.text).toContain(evil);
    }
  });

  it("rejects a URL that is not absolute http(s)", async () => {
    await expect(
      renderMail("staff_message", "en", { ...sampleParams("staff_message"), statusUrl: "javascript:alert(1)" }, brand),
    ).rejects.toThrow(/statusUrl/);
  });

  it("keeps the subject on one line", async () => {
    const mail = await renderMail(
      "staff_message",
      "en",
      { ...sampleParams("staff_message"), reference: "DSR-1\r\nBcc: x@example.com" },
      brand,
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});

describe("branding", () => {
  it("shows the logo when there is one, the company name otherwise", async () => {
    const withLogo = await renderMail("staff_message", "en", sampleParams("staff_message"), {
      ...brand,
      logoUrl: "https://cdn.example.com/logo.png",
    });
    expect(withLogo.html).toMatch(
      /<img[^>]*alt="Maison Dupont"[^>]*src="https:\/\/cdn.example.com\/logo.png"|<img[^>]*src="https:\/\/cdn.example.com\/logo.png"[^>]*alt="Maison Dupont"/,
    );
    const without = await renderMail("staff_message", "en", sampleParams("staff_message"), brand);
    expect(without.html).not.toContain("<img");
  });

  it("falls back to the default colour when the configured one is not a hex colour", async () => {
    const mail = await renderMail("staff_message", "en", sampleParams("staff_message"), {
      ...brand,
      primaryColor: "red;background:url(x)",
    });
    expect(mail.html).not.toContain("url(x)");
  });

  it("shows a DPO contact that is not an e-mail address as text", async () => {
    const mail = await renderMail("staff_message", "fr", sampleParams("staff_message"), {
      ...brand,
      dpoContact: "DPO, 1 rue de la Paix, 75002 Paris",
    });
    expect(mail.text).toContain("DPO, 1 rue de la Paix, 75002 Paris");
  });
});

describe("format", () => {
  it("formats dates per locale at UTC noon", () => {
    expect(formatMailDate("2025-07-15", "en")).toBe("15 July 2025");
    expect(formatMailDate("2025-07-15", "fr")).toBe("15 juillet 2025");
    expect(formatMailDate("2025-08-01", "fr")).toBe("1er août 2025");
    expect(() => formatMailDate("15/07/2025", "en")).toThrow(RangeError);
  });

  it("names request types in plain words", () => {
    expect(typeLabel("access", "en")).toBe("access to your data");
    expect(typeLabel("access", "fr")).toBe("accès à vos données");
    expect(typeLabel("erasure", "en")).toContain("erasure");
    expect(typeLabel("erasure", "fr")).toContain("effacement");
    expect(typeLabel("restriction", "en")).toBe("restriction of processing");
    expect(typeLabel("restriction", "fr")).toBe("limitation du traitement");
    expect(typeLabel("objection", "en")).toContain("objection");
    expect(typeLabel("objection", "fr")).toContain("opposition");
  });

  it("humanises technical table and field names", () => {
    expect(humaniseName("shop.customers")).toBe("Customers");
    expect(humaniseName("shop.order_items")).toBe("Order items");
    expect(humaniseName("first_name")).toBe("First name");
    expect(humaniseName("crm.public.newsletter__subscriptions")).toBe("Newsletter subscriptions");
    expect(humaniseName("_")).toBe("_");
    expect(tableLabel("Demo Shop", "shop.customers")).toBe("Customers (Demo Shop)");
    expect(tableLabel("", "shop.customers")).toBe("Customers");
  });

  it("counts records in both languages", () => {
    expect(recordCount(1, "en")).toBe("1 record");
    expect(recordCount(2, "en")).toBe("2 records");
    expect(recordCount(0, "fr")).toBe("0 enregistrement");
    expect(recordCount(1, "fr")).toBe("1 enregistrement");
    expect(recordCount(2, "fr")).toBe("2 enregistrements");
  });

  it("elides 'de' before a vowel in French", () => {
    expect(requestPhrase("access", "fr", "Acme")).toBe("votre demande d’accès à vos données auprès de Acme");
    expect(requestPhrase("rectification", "fr", "Acme")).toBe(
      "votre demande de rectification de vos données auprès de Acme",
    );
    expect(requestPhrase("access", "en", "Acme")).toBe("your request to Acme for access to your data");
  });
});
