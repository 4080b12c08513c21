import type { DemoAccount } from "@/lib/seed/demo-staff";
import { say } from "./console";

export function printAccounts(accounts: DemoAccount[]): void {
  say("demo staff accounts (passwords are shown once; `npm run seed` makes new ones):");
  for (const a of accounts) say(`  ${a.role.padEnd(8)} ${a.email.padEnd(22)} ${a.password}`);
}
