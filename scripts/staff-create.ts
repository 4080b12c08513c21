import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { issueTotpSecret } from "@/lib/auth/totp-enrolment";
import { totpRequiredFor } from "@/lib/auth/totp";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { STAFF_ROLES, type StaffRole } from "@/lib/domain/vocabulary";
import { fail, say } from "./lib/console";
import { requireRunningInstance } from "./lib/attach-instance";

/**
 * `npm run staff:create -- --email E --name N --role R [--password P]`: creates (or resets) a staff
 * account, e.g. the first admin. When the role requires 2FA it enrols a TOTP secret and prints the
 * otpauth:// URI (paste into an authenticator app or a QR generator) and the recovery codes, once.
 * Attaches to a running instance (DATABASE_URL, or $DATA_DIR/run/env.json).
 */
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    password: { type: "string" },
  },
});

async function main() {
  const { email, name, role } = values;
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error("--email is required (a valid e-mail address)");
  if (!name?.trim()) throw new Error("--name is required");
  if (!role || !(STAFF_ROLES as readonly string[]).includes(role))
    throw new Error(`--role must be one of ${STAFF_ROLES.join(", ")}`);
  if (values.password !== undefined && values.password.length < 12)
    throw new Error("--password must be at least 12 characters");
  requireRunningInstance();
  const password = values.password ?? randomBytes(12).toString("base64url");
  try {
    const user = await upsertStaff(db(), {
      email,
      name: name.trim(),
      role: role as StaffRole,
      passwordHash: await hashPassword(password),
    });
    say(`staff account ${user.email} (${user.role}) ready`);
    if (!values.password) say(`  password: ${password}   (shown once)`);
    if (totpRequiredFor(user.role)) {
      const enrolment = await issueTotpSecret(user.id, user.email, new Date(), { enable: true });
      say("  two-factor authentication is required for this role; add this to an authenticator app:");
      say(`  ${enrolment.otpauthUri}`);
      say(`  recovery codes (each works once): ${enrolment.recoveryCodes.join("  ")}`);
    }
  } finally {
    await closeDb();
  }
}

main().catch((err: Error) => fail(err.message));
