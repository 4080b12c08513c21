import { describe, expect, it } from "vitest";
import { registerFactsFormSchema, registerFactsFormValues, registerFactsOf } from "./register-facts";
import { recipientName } from "./recipients";
import { localised, translationsFromForm } from "./register-translations";

describe("register facts: new fields and translations", () => {
  it("parses the edit form: legal bases, transfers, automated decisions and a French version", () => {
    const form = registerFactsFormSchema.parse({
      purposes: "Orders (contract)",
      legalBases: ["contract", "consent"],
      automatedDecisions: "Fraud score",
      transfers: "us | HelpDeskly Inc. | SCC | copy from dpo@x.test",
      purposes_fr: "Commandes (contrat)\n\n",
      retention_fr: "  10 ans ",
      source_en: "",
    });
    expect(form.legalBases).toEqual(["contract", "consent"]);
    expect(form.transfers).toEqual([
      { country: "US", recipient: "HelpDeskly Inc.", safeguard: "scc", detail: "copy from dpo@x.test" },
    ]);
    expect(translationsFromForm(form, 0)).toEqual({ fr: { purposes: ["Commandes (contrat)"], retention: "10 ans" } });
  });

  it("refuses an unknown legal basis or a malformed transfer line, naming the line", () => {
    expect(registerFactsFormSchema.safeParse({ legalBases: "whim" }).success).toBe(false);
    const bad = registerFactsFormSchema.safeParse({ transfers: "US | Someone | handshake" });
    expect(bad.error?.issues[0]?.message).toMatch(/line 1: the safeguard must be one of adequacy, scc/);
  });

  it("a single ticked legal basis arrives as a string", () => {
    expect(registerFactsFormSchema.parse({ legalBases: "consent" }).legalBases).toEqual(["consent"]);
  });

  it("reads stored rows (old ones without the new columns) and quotes the French version to a French reader", () => {
    const facts = registerFactsOf({
      purposes: ["Orders"],
      categories: ["Identity"],
      recipients: [],
      retention: "10 years",
      source: null,
      registerTranslations: { fr: { purposes: ["Commandes"], retention: "10 ans" } },
    });
    expect(facts).toMatchObject({ legalBases: [], automatedDecisions: null, transfers: [] });
    const { registerTranslations, ...stored } = facts;
    const base = { ...stored, recipients: stored.recipients.map(recipientName) };
    expect(localised(base, registerTranslations, "fr")).toMatchObject({
      purposes: ["Commandes"],
      categories: ["Identity"],
      retention: "10 ans",
    });
    expect(localised(base, registerTranslations, "en").purposes).toEqual(["Orders"]);
    expect(registerFactsFormValues(facts).translations.purposes_fr).toBe("Commandes");
  });
});
