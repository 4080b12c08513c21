import { describe, expect, it } from "vitest";
import { registerFactsFormSchema } from "@/lib/systems/register-facts";
import { localiseConnectionTestMessage } from "./connection-test-message";
import { localiseFieldReason } from "./field-reasons";
import { staffMessages } from "./index";
import { REGISTER_FACT_FIELDS } from "@/lib/systems/update-register-facts";

/** The reason the register form gives for one field, as the staff action receives it (English). */
function reason(form: Record<string, string>, field: string): string {
  const r = registerFactsFormSchema.safeParse(form);
  expect(r.success).toBe(false);
  const issue = r.error!.issues.find((i) => i.path[0] === field);
  expect(issue).toBeDefined();
  return issue!.message;
}

describe("a system's register form refused line by line, for French-speaking staff", () => {
  it("gives each recipient line's number and reason in French, the typed values quoted as they are", () => {
    const en = reason(
      {
        recipients: [
          "Acme <a@acme.test>",
          "Broken <not-an-address>",
          "",
          "<b@b.test>",
          "Half <open",
          "Empty <>",
          "ACME",
          "x".repeat(201),
        ].join("\n"),
      },
      "recipients",
    );
    expect(en).toBe(
      [
        'line 2: "not-an-address" is not a valid e-mail address',
        "line 4: give the recipient's name before the address",
        "line 5: write the e-mail address as Name <address>",
        "line 6: write an e-mail address between < and >, or leave out the brackets",
        "line 7: ACME is listed twice",
        "line 8: the name must be at most 200 characters",
      ].join("; "),
    );
    expect(localiseFieldReason(en, "fr")).toBe(
      [
        "ligne 2 : « not-an-address » n'est pas une adresse e-mail valide",
        "ligne 4 : donnez le nom du destinataire avant l'adresse",
        "ligne 5 : écrivez l'adresse e-mail sous la forme Nom <adresse>",
        "ligne 6 : écrivez une adresse e-mail entre < et >, ou retirez les chevrons",
        "ligne 7 : « ACME » figure deux fois",
        "ligne 8 : le nom doit contenir au plus 200 caractères",
      ].join(" ; "),
    );
    expect(localiseFieldReason(en, "en")).toBe(en);
  });

  it("a name that itself says 'line 3: ' is quoted, not taken for another line", () => {
    const en = reason({ recipients: "Acme\nline 3: acme\nAcme" }, "recipients");
    expect(en).toBe("line 3: Acme is listed twice");
    expect(localiseFieldReason(en, "fr")).toBe("ligne 3 : « Acme » figure deux fois");
  });

  it("too many recipients has no line", () => {
    const en = reason({ recipients: Array.from({ length: 51 }, (_, i) => `R${i}`).join("\n") }, "recipients");
    expect(localiseFieldReason(en, "fr")).toBe("indiquez au plus 50 destinataires");
  });

  it("gives each transfer line's number and reason in French, the safeguards kept as codes", () => {
    const en = reason(
      {
        transfers: [
          "USA | Acme | scc",
          "US |  | scc",
          "US | Acme | handshake",
          `US | Acme | scc | ${"d".repeat(501)}`,
        ].join("\n"),
      },
      "transfers",
    );
    expect(localiseFieldReason(en, "fr")).toBe(
      [
        "ligne 1 : commencez par le code pays à deux lettres, par ex. US | Nom | scc",
        "ligne 2 : nommez le destinataire après le code pays",
        "ligne 3 : la garantie doit être l'une des valeurs : adequacy, scc, bcr, derogation, other",
        "ligne 4 : la précision doit contenir au plus 500 caractères",
      ].join(" ; "),
    );
  });

  it("the other register reasons", () => {
    expect(localiseFieldReason(reason({ legalBases: "whim" }, "legalBases"), "fr")).toBe(
      "choisissez les bases légales dans la liste",
    );
    const many = Array.from({ length: 51 }, (_, i) => `Purpose ${i}`).join("\n");
    expect(localiseFieldReason(reason({ purposes: many }, "purposes"), "fr")).toBe("indiquez au plus 50 lignes");
    expect(localiseFieldReason(reason({ purposes: "A\na" }, "purposes"), "fr")).toBe("une ligne figure deux fois");
  });
});

describe("the register facts a save changed, named for staff", () => {
  it("every fact the save reports has its label in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      const labels = staffMessages(locale).fieldLabels;
      for (const f of REGISTER_FACT_FIELDS) expect(labels[f], `${locale} ${f}`).toMatch(/^[A-ZÉ]/);
    }
    expect(staffMessages("fr").fieldLabels.legalBases).toBe("Bases légales");
  });
});

describe("a connection test's outcome for French-speaking staff", () => {
  it("translates the connectors' sentences, keeping what the remote side said", () => {
    const fr = (m: string) => localiseConnectionTestMessage(m, "fr");
    expect(fr("Connected; the 4 tables of dataset demo-shop are present.")).toBe(
      "Connexion établie ; les 4 tables du jeu de données demo-shop sont présentes.",
    );
    expect(fr("Connected, but these tables are missing: shop.orders.")).toBe(
      "Connexion établie, mais ces tables manquent : shop.orders.",
    );
    expect(fr("Could not connect: ECONNREFUSED 127.0.0.1:1")).toBe("Connexion impossible : ECONNREFUSED 127.0.0.1:1");
    expect(fr("The endpoint answered the signed ping with HTTP 503 Service Unavailable.")).toBe(
      "Le point de réception a répondu au ping signé par HTTP 503 Service Unavailable.",
    );
    expect(fr("Could not reach the endpoint: fetch failed")).toBe(
      "Impossible de joindre le point de réception : fetch failed",
    );
    expect(fr("The configuration does not load: bad url")).toBe("La configuration ne se charge pas : bad url");
    expect(fr("No answer within 20 s.")).toBe("Aucune réponse en 20 s.");
    expect(fr("The test failed: boom")).toBe("Le test a échoué : boom");
    expect(fr("Manual system: tasks go to a person; nothing to connect to.")).toMatch(/^Système manuel : /);
    expect(localiseConnectionTestMessage("No answer within 20 s.", "en")).toBe("No answer within 20 s.");
  });
});
