import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { renderStaticMarkup } from "@/lib/http/static-markup";
import { LanguageLinks, PlainAnchor } from "../language-links";
import { PortalChrome } from "../portal-chrome";
import { homeModel } from "./home-model";
import { HomeView } from "./home-view";

const brand = {
  companyName: "Acme & Co",
  logoUrl: "/logo.png",
  primaryColor: "#1d4ed8",
  privacyPolicyUrl: "https://example.com/privacy",
  dpoContact: "dpo@example.com",
};

const saved = { ...process.env };
beforeAll(() => {
  process.env = {
    ...saved,
    DATABASE_URL: "postgres://x",
    REDIS_URL: "redis://x",
    SMTP_URL: "smtp://x",
    AUTH_SECRET: "a".repeat(40),
    DATA_ENCRYPTION_KEYS: "k1:x",
    BLIND_INDEX_KEY: Buffer.alloc(32).toString("base64"),
  } as unknown as NodeJS.ProcessEnv;
  resetEnvCache();
});
afterAll(() => {
  process.env = { ...saved };
  resetEnvCache();
});

/**
 * The home is rendered by a route handler with the project's static renderer (react-dom/server is not
 * available there): for every kind of home it must give the HTML React gives.
 */
describe("the static home renders as React renders it", () => {
  for (const locale of ["en", "fr"] as const)
    for (const [residence, gpc] of [
      [undefined, false],
      [undefined, true],
      ["US-CA", true],
      ["US-VA", true],
      ["FR", false],
      [["US-CA", "FR"], false],
    ] as const)
      it(`${locale}, residence ${String(residence)}, GPC ${gpc}`, () => {
        const tree = h(PortalChrome, {
          locale,
          brand,
          Link: PlainAnchor,
          languageSwitch: h(LanguageLinks, {
            locale,
            label: "Language",
            pathname: `/${locale}`,
            residence: typeof residence === "string" ? residence : null,
            Link: PlainAnchor,
          }),
          children: h(HomeView, { m: homeModel(locale, residence as string | string[] | undefined, gpc) }),
        });
        const html = renderStaticMarkup(tree);
        // React 19 also hints the logo as a preload <link>; a page without client runtime needs no hint.
        const react = renderToStaticMarkup(tree).replace(/^<link rel="preload" as="image" href="[^"]*"\/>/, "");
        expect(html).toBe(react);
        expect(html).not.toContain("<script");
        expect(html).toContain('class="rights-list"');
      });
});

describe("the language links keep the residence only", () => {
  it("points to the same path in each language", () => {
    const html = renderStaticMarkup(
      h(LanguageLinks, { locale: "fr", label: "Langue", pathname: "/fr", residence: "US-CA", Link: PlainAnchor }),
    );
    expect(html).toContain('href="/en?residence=US-CA"');
    expect(html).toContain('href="/fr?residence=US-CA" lang="fr" hrefLang="fr" aria-current="true"');
  });

  it("lists the rights of the residence's law: a Canadian's objection is PIPEDA's withdrawal of consent, a Swiss restriction art. 32", () => {
    const ca = homeModel("en", "CA", false).rights;
    expect(ca.map((r) => r.id)).toEqual(["right-access", "right-rectification", "right-erasure", "right-objection"]);
    expect(ca.find((r) => r.id === "right-objection")).toMatchObject({
      body: expect.stringContaining("Withdraw your consent"),
      citation: "PIPEDA Schedule 1, Principle 4.3.8",
    });
    const fr = homeModel("fr", "CH", false).rights;
    expect(fr.find((r) => r.id === "right-restriction")).toMatchObject({ citation: "article 32 de la nLPD" });
    expect(homeModel("en", "FR", false).rights.find((r) => r.id === "right-objection")?.body).toContain(
      "legitimate interests",
    );
  });

  it("a state's sale opt-out says selling, not California's 'selling or sharing'", () => {
    for (const [locale, residence, body] of [
      ["en", "US-VA", "Tell us to stop selling your personal data. No identity check is needed."],
      [
        "fr",
        "US-TX",
        "Demandez-nous de cesser de vendre vos données personnelles. Aucune vérification d'identité n'est nécessaire.",
      ],
      ["en", "US-CA", "Tell us to stop selling or sharing your personal information. No identity check is needed."],
    ] as const)
      expect(homeModel(locale, residence, false).optOut?.body, residence).toBe(body);
  });

  it("links the authorised-agent form (CCPA only) for a Californian, never for another state's resident", () => {
    expect(homeModel("en", "US-CA", false).optOut?.agentHref).toBe("/en/agent");
    for (const residence of ["US-CO", "US-VA", "US-TX", "US-OR"])
      expect(homeModel("fr", residence, false).optOut?.agentHref, residence).toBeNull();
  });

  it("tells an Oregonian that access includes the list of the specific third parties (ORS 646A.574(1)), not a Virginian", () => {
    const access = (locale: "en" | "fr", residence: string) =>
      homeModel(locale, residence, false).rights.find((r) => r.id === "right-access")?.body;
    expect(access("en", "US-OR")).toContain("the list of the specific third parties we disclosed it to");
    expect(access("fr", "US-MN")).toContain("la liste des tiers précis");
    expect(access("en", "US-VA")).not.toContain("third parties");
  });

  it("offers a Minnesotan and a Connecticut resident to question a profiling decision, with its own section; nobody else", () => {
    const card = (locale: "en" | "fr", residence: string | undefined) =>
      homeModel(locale, residence, false).rights.find((r) => r.id === "right-question_profiling");
    expect(card("en", "US-MN")).toMatchObject({
      title: "Question a decision made by profiling",
      citation: "MCDPA, Minn. Stat. § 325M.14, subd. 1(g)",
      href: "/en/request/question_profiling?residence=US-MN",
    });
    expect(card("fr", "US-CT")).toMatchObject({
      title: "Contester une décision prise par profilage",
      citation: expect.stringContaining("§ 42-518(a)(6)"),
    });
    for (const residence of [undefined, "US-VA", "US-CA", "FR", "GB"])
      expect(card("en", residence), residence).toBeUndefined();
  });
});
