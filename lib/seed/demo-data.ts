import type { Db } from "@/lib/db/client";
import { seedDemoShop } from "./demo-shop";
import { seedDemoStaff, type DemoAccount } from "./demo-staff";
import { seedDemoSystems } from "./demo-systems";

/** Everything the demo needs: the shop, its register entry, one staff account per role (new passwords). */
export async function seedDemoData(
  db: Db,
): Promise<{ shop: { customers: number; orders: number }; accounts: DemoAccount[] }> {
  const shop = await seedDemoShop(db);
  await seedDemoSystems(db);
  return { shop, accounts: await seedDemoStaff(db) };
}
