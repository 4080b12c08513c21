import { closeDb, db } from "@/lib/db/client";
import { bootstrap } from "./lib/bootstrap";
import { fail, say } from "./lib/console";
import { printAccounts } from "./lib/print-accounts";
import { seedDemoData } from "@/lib/seed/demo-data";

// Redoes the demo data: the shop schema is recreated and the demo staff get new passwords.
async function main() {
  const runtime = process.env.DATABASE_URL && process.env.REDIS_URL && process.env.SMTP_URL ? null : await bootstrap();
  try {
    const { shop, accounts } = await seedDemoData(db());
    say(`demo shop: ${shop.customers} customers, ${shop.orders} orders`);
    printAccounts(accounts);
  } finally {
    await closeDb();
    await runtime?.services.stop();
  }
}

main().catch((err: Error) => fail(err.message));
