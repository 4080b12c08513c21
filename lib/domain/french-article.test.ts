import { describe, expect, it } from "vitest";
import { ACCESS } from "@/lib/fulfilment/access-report/copy";
import { frArticle, frOf } from "./french-article";
import { usStateNotices } from "./regime-notices/us-states";
import { US_STATE_LAWS } from "./us-states";
import { explain } from "./deadline/explain";

describe("French articles before a US state law's name", () => {
  it("elides before a vowel and keeps the article otherwise", () => {
    expect(frArticle("Le", "Oregon Consumer Privacy Act")).toBe("L'Oregon Consumer Privacy Act");
    expect(frArticle("le", "Iowa Consumer Data Protection Act")).toBe("l'Iowa Consumer Data Protection Act");
    expect(frArticle("du", "ICDPA")).toBe("de l'ICDPA");
    expect(frArticle("le", "Texas Data Privacy and Security Act")).toBe("le Texas Data Privacy and Security Act");
    expect(frArticle("du", "TDPSA")).toBe("du TDPSA");
  });

  it("an Oregonian's French notices read « L'Oregon Consumer Privacy Act », never « le Oregon »", () => {
    const n = usStateNotices(US_STATE_LAWS.OR, "fr");
    const all = JSON.stringify(n);
    expect(all).not.toMatch(/\b[lL]e Oregon|\b[lL]e OCPA|du OCPA/);
    expect(n.timeLimit).toMatch(/^L'Oregon Consumer Privacy Act/);
    expect(n.complaint[0]).toContain("respecté l'Oregon Consumer Privacy Act");
    expect(n.erasureExemption).toMatch(/de l'OCPA/);
    const iowa = JSON.stringify(usStateNotices(US_STATE_LAWS.IA, "fr"));
    expect(iowa).not.toMatch(/\b[lL]e I(owa|CDPA)|du ICDPA/);
  });

  it("the deadline explanation names an Indianan's law with an elided article", () => {
    const text = explain([{ kind: "noExtension", regime: "US_IN" }], "fr").join(" ");
    expect(text).toMatch(/^L'I/);
    expect(text).not.toMatch(/\b[lL]e I/);
  });
});

describe("« de » before a provision (the access report's French intro)", () => {
  it("contracts with the article: des articles, du principe, de l'article", () => {
    expect(frOf("les articles 18 et 19 de la LGPD")).toBe("des articles 18 et 19 de la LGPD");
    expect(frOf("le principe 4.9 de l'annexe 1 de la LPRPDE")).toBe("du principe 4.9 de l'annexe 1 de la LPRPDE");
    expect(frOf("l'article 15 du RGPD")).toBe("de l'article 15 du RGPD");
    expect(frOf("Va. Code § 59.1-577(A) (VCDPA)")).toBe("de Va. Code § 59.1-577(A) (VCDPA)");
    expect(ACCESS.fr.intro("Demo Shop", "DSR-1", "les articles 18 et 19 de la LGPD")).toContain(
      "en application des articles 18 et 19 de la LGPD.",
    );
  });
});
