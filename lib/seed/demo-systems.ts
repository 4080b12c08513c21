import type { Db } from "@/lib/db/client";
import { dataSystems } from "@/lib/db/schema";

/** The demo shop as a registered system, with the processing-register facts the access report quotes. */
export async function seedDemoSystems(db: Db): Promise<void> {
  const facts = {
    name: "Demo Shop (online store)",
    kind: "postgres",
    enabled: true,
    config: { dataset: "demo-shop" },
    purposes: ["Selling and delivering your orders (contract)", "Customer service", "Newsletter, if you subscribed (consent)", "Accounting and tax obligations (legal obligation)"],
    categories: ["Identity", "Contact details", "Addresses", "Orders and invoices", "Customer service messages", "Marketing preferences"],
    recipients: ["ParcelCo SAS (delivery, France)", "PayFast Ltd (payments, Ireland)", "MailJetty SAS (newsletter e-mails, France)"],
    retention: "Account: until you close it, then 3 years. Orders and invoices: 10 years (accounting law). Newsletter: until you unsubscribe.",
    source: "You, when you created your account, ordered or wrote to us.",
  };
  await db.insert(dataSystems).values({ key: "demo-shop", ...facts }).onConflictDoUpdate({ target: dataSystems.key, set: { ...facts, updatedAt: new Date() } });
}
