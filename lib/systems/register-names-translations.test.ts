import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { localiseFieldReason } from "@/lib/i18n/staff/field-reasons";
import {
  registerFactsFormSchema,
  registerFactsFormValues,
  registerFactsOf,
  registerFactsSchema,
} from "./register-facts";
import { localised, recipientNamesIn, systemNameIn, translationsFromForm } from "./register-translations";

/** The system's name and its recipients' names in French and English (QA F13/F16). */

const RECIPIENTS = "ParcelCo SAS (delivery) <privacy@parcelco.test>\nPayFast Ltd (payments)";

/** The edit form as the action reads it: the facts parsed, then the versions against the recipients typed. */
function submit(fields: Record<string, string>) {
  const form = registerFactsFormSchema.parse({ recipients: RECIPIENTS, ...fields });
  return { form, translations: translationsFromForm(form, form.recipients.length) };
}

/** The refusal of a submitted form: {form field: reason}. */
function refusal(fields: Record<string, string>): Record<string, string> {
  try {
    submit(fields);
  } catch (err) {
    if (!(err instanceof ZodError)) throw err;
    return Object.fromEntries(err.issues.map((i) => [i.path.join("."), i.message]));
  }
  throw new Error("the form was accepted");
}

describe("the edit form's versions of the system's name and its recipients' names", () => {
  it("reads them (the names only, one per line, in the recipients' order) and shows them back as typed", () => {
    const { form, translations } = submit({
      name_fr: "  Base clients ",
      recipients_fr: "ParcelCo SAS (livraison)\n\n PayFast Ltd (paiements) \n",
      name_en: "Customer database",
    });
    expect(translations).toEqual({
      fr: { name: "Base clients", recipients: ["ParcelCo SAS (livraison)", "PayFast Ltd (paiements)"] },
      en: { name: "Customer database" },
    });
    // The stored facts keep the addresses on the recipients; the form shows the versions back, line by line.
    const facts = registerFactsSchema.parse({ ...form, registerTranslations: translations });
    expect(facts.recipients).toEqual([
      { name: "ParcelCo SAS (delivery)", email: "privacy@parcelco.test" },
      "PayFast Ltd (payments)",
    ]);
    const shown = registerFactsFormValues(registerFactsOf(facts)).translations;
    expect(shown).toMatchObject({
      name_fr: "Base clients",
      recipients_fr: "ParcelCo SAS (livraison)\nPayFast Ltd (paiements)",
      name_en: "Customer database",
      recipients_en: "",
    });
    // What the form shows is what it reads: a second save gives the same versions.
    expect(translationsFromForm({ ...form, ...shown }, form.recipients.length)).toEqual(translations);
  });

  it("refuses a version that does not give one name per recipient, naming the field, in English and French", () => {
    const fields = refusal({ recipients_fr: "ParcelCo SAS (livraison)" });
    expect(fields).toEqual({
      recipients_fr: "give one name per recipient, in the order of the Recipients field: 2 expected, 1 given",
    });
    expect(localiseFieldReason(fields.recipients_fr!, "fr")).toBe(
      "donnez un nom par destinataire, dans l'ordre du champ Destinataires : 2 attendu(s), 1 donné(s)",
    );
    const none = refusal({ recipients: "", recipients_en: "Someone" });
    expect(localiseFieldReason(none.recipients_en!, "fr")).toBe(
      "il n'y a aucun destinataire à traduire : indiquez-les d'abord sous Destinataires",
    );
  });

  it("refuses an e-mail address in the names and an over-long name, in French too", () => {
    const fields = refusal({
      recipients_fr: "ParcelCo <privacy@parcelco.test>\nPayFast",
      name_en: "x".repeat(201),
    });
    expect(fields.recipients_fr).toBe("write the names only: the e-mail addresses stay those given under Recipients");
    expect(localiseFieldReason(fields.recipients_fr!, "fr")).toMatch(/^écrivez les noms seulement/);
    expect(fields.name_en).toBe("must be at most 200 characters");
    expect(localiseFieldReason(fields.name_en!, "fr")).toBe("doit contenir au plus 200 caractères");
  });

  it("the use case refuses stored versions that do not match the recipients (the API's path)", () => {
    const bad = registerFactsSchema.safeParse({
      purposes: [],
      categories: [],
      recipients: ["A", "B"],
      retention: null,
      source: null,
      registerTranslations: { fr: { recipients: ["A fr"] } },
    });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["registerTranslations", "fr", "recipients"],
      message: expect.stringMatching(/^give one name per recipient/),
    });
  });
});

describe("the names a subject reads", () => {
  const system = {
    name: "Customer database",
    recipients: [{ name: "Payment processor", email: "dpo@pay.test" }, "Courier"],
    registerTranslations: { fr: { name: "Base clients", recipients: ["Prestataire de paiement", "Transporteur"] } },
  };

  it("in the reader's language where a version is given, else as written", () => {
    expect(systemNameIn(system, "fr")).toBe("Base clients");
    expect(systemNameIn(system, "en")).toBe("Customer database");
    expect([...recipientNamesIn(system, "fr")]).toEqual([
      ["Payment processor", "Prestataire de paiement"],
      ["Courier", "Transporteur"],
    ]);
    expect([...recipientNamesIn(system, "en")]).toEqual([
      ["Payment processor", "Payment processor"],
      ["Courier", "Courier"],
    ]);
  });

  it("the access report's facts: name and recipients in French; a version out of step with the recipients is ignored", () => {
    const facts = {
      name: "Customer database",
      purposes: ["Orders"],
      categories: [],
      recipients: ["Payment processor", "Courier"],
      retention: null,
      source: null,
      automatedDecisions: null,
    };
    const t = system.registerTranslations;
    expect(localised(facts, t, "fr")).toMatchObject({
      name: "Base clients",
      recipients: ["Prestataire de paiement", "Transporteur"],
      purposes: ["Orders"],
    });
    expect(localised(facts, t, "en")).toEqual(facts);
    // A recipient added since the version was written: the names as written, never one shifted onto another.
    const three = { ...facts, recipients: [...facts.recipients, "Archive Ltd"] };
    expect(localised(three, t, "fr").recipients).toEqual(three.recipients);
    expect([
      ...recipientNamesIn({ ...system, recipients: [...system.recipients, "Archive Ltd"] }, "fr").values(),
    ]).toEqual(["Payment processor", "Courier", "Archive Ltd"]);
  });
});
