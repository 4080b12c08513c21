import type { Db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";
import type { LegalBasis, RegisterTransfer } from "@/lib/domain/register";
import type { RegisterRecipient } from "@/lib/systems/recipients";
import type { RegisterTranslations } from "@/lib/systems/register-translations";

/** The demo shop as a registered system, with the processing-register facts the access report quotes. */
export async function seedDemoSystems(db: Db): Promise<void> {
  const facts = {
    name: "Demo Shop (online store)",
    kind: "postgres",
    enabled: true,
    config: { dataset: "demo-shop" },
    purposes: [
      "Selling and delivering your orders (contract)",
      "Customer service",
      "Newsletter, if you subscribed (consent)",
      "Accounting and tax obligations (legal obligation)",
    ],
    categories: [
      "Identity",
      "Contact details",
      "Addresses",
      "Orders and invoices",
      "Customer service messages",
      "Marketing preferences",
    ],
    // Named recipients, each with the address Art. 19 notices go to.
    recipients: [
      { name: "ParcelCo SAS (delivery, France)", email: "privacy@parcelco.test" },
      { name: "PayFast Ltd (payments, Ireland)", email: "dpo@payfast.test" },
      { name: "MailJetty SAS (newsletter e-mails, France)", email: "privacy@mailjetty.test" },
    ] satisfies RegisterRecipient[],
    retention:
      "Account: until you close it, then 3 years. Orders and invoices: 10 years (accounting law). Newsletter: until you unsubscribe.",
    source: "You, when you created your account, ordered or wrote to us.",
    legalBases: ["contract", "consent", "legal_obligation"] satisfies LegalBasis[],
    // No solely automated decision (Art. 22) is made in the demo shop.
    automatedDecisions: null,
    transfers: [
      {
        country: "US",
        recipient: "HelpDeskly Inc. (customer-service software)",
        safeguard: "scc",
        detail: "Copy on request from dpo@demo-shop.test",
      },
    ] satisfies RegisterTransfer[],
    // The facts above in French, for French subjects' access reports.
    registerTranslations: {
      fr: {
        purposes: [
          "Vendre et livrer vos commandes (contrat)",
          "Service client",
          "Lettre d'information, si vous vous y êtes abonné (consentement)",
          "Obligations comptables et fiscales (obligation légale)",
        ],
        categories: [
          "Identité",
          "Coordonnées",
          "Adresses",
          "Commandes et factures",
          "Messages au service client",
          "Préférences de prospection",
        ],
        retention:
          "Compte : jusqu'à sa clôture, puis 3 ans. Commandes et factures : 10 ans (droit comptable). Lettre d'information : jusqu'à votre désabonnement.",
        source: "Vous, lors de la création de votre compte, de vos commandes ou de vos messages.",
      },
    } satisfies RegisterTranslations,
  };
  await db
    .insert(dataSystems)
    .values({ key: "demo-shop", ...facts })
    .onConflictDoUpdate({ target: dataSystems.key, set: { ...facts, updatedAt: new Date() } });
}
