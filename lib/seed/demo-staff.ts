import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import type { StaffRole } from "@/lib/domain/vocabulary";

export interface DemoAccount {
  role: StaffRole;
  email: string;
  name: string;
  password: string;
}

const DEMO: { role: StaffRole; name: string }[] = [
  { role: "admin", name: "Ada Admin" },
  { role: "dpo", name: "Dora DPO" },
  { role: "agent", name: "Alex Agent" },
  { role: "manager", name: "Max Manager" },
];

/** One account per role with a fresh random password, returned once so the caller can print it. */
export async function seedDemoStaff(db: Db): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const { role, name } of DEMO) {
    const password = randomBytes(9).toString("base64url");
    const email = `${role}@demo.test`;
    await upsertStaff(db, { email, name, role, passwordHash: await hashPassword(password) });
    accounts.push({ role, email, name, password });
  }
  return accounts;
}
