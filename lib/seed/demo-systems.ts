import type { Db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";
import type { LegalBasis, RegisterTransfer } from "@/lib/domain/register";
import type { RegisterRecipient } from "@/lib/systems/recipients";

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
  };
  await db
    .insert(dataSystems)
    .values({ key: "demo-shop", ...facts })
    .onConflictDoUpdate({ target: dataSystems.key, set: { ...facts, updatedAt: new Date() } });
}
