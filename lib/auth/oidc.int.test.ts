import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { generateSync } from "otplib";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { findThrottles, replaceRecoveryCodes } from "@/lib/db/queries/staff-security";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { auditLog } from "@/lib/db/schema";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { admitOidcSignIn, completeSsoTotp } from "./oidc";
import { accountKey } from "./sign-in-throttle";
import { hashRecoveryCode, newTotpSecret, sealTotpSecret } from "./totp";

/**
 * The SSO decisions behind next-auth's OIDC provider (the browser flow itself is e2e/staff-sso.spec.ts):
 * who may enter, and the app's TOTP step when OIDC_SKIPS_TOTP=false.
 */
const tag = () => randomBytes(4).toString("hex");
const ip = () => `2001:db8::5:${tag().slice(0, 4)}`;

async function makeStaff(role: StaffRole, opts: { totp?: boolean } = {}) {
  const user = await upsertStaff(db(), {
    email: `${role}.${tag()}@sso.test`,
    name: `Sam ${role}`,
    role,
    passwordHash: "unused",
  });
  if (!opts.totp) return { ...user, secret: null };
  const secret = newTotpSecret();
  const row = await updateStaffUser(db(), {
    id: user.id,
    set: { totpSecretEnc: sealTotpSecret(user.id, secret), totpEnabledAt: new Date() },
    endSessions: false,
  });
  return { ...row, secret };
}

const auditOf = (actorId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, actorId),
        inArray(auditLog.action, ["staff.signed_in", "staff.sso_authenticated", "staff.sign_in_failed"]),
      ),
    )
    .orderBy(asc(auditLog.seq));

afterAll(() => closeDb());

describe("admitOidcSignIn", () => {
  it("admits an active staff account by e-mail, case-insensitively, with the session identity; audited", async () => {
    const dpo = await makeStaff("dpo", { totp: true });
    const result = await admitOidcSignIn({
      claims: { sub: "idp-1", email: dpo.email.toUpperCase(), email_verified: true },
      ip: ip(),
      skipsTotp: true,
    });
    expect(result).toEqual({
      ok: true,
      totpPending: false,
      staff: { id: dpo.id, email: dpo.email, name: dpo.name, role: "dpo", sessionVersion: dpo.sessionVersion },
    });
    expect((await auditOf(dpo.id)).map((a) => [a.action, (a.payload as { method?: string }).method])).toEqual([
      ["staff.signed_in", "oidc"],
    ]);
  });

  it("never creates accounts: unknown, deactivated, unverified or missing e-mails are refused and audited", async () => {
    const stranger = `stranger.${tag()}@sso.test`;
    expect(await admitOidcSignIn({ claims: { sub: "x", email: stranger }, ip: ip(), skipsTotp: true })).toEqual({
      ok: false,
      refusal: "sso_no_account",
    });
    const [refusal] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "staff.sign_in_failed"), eq(auditLog.actorType, "system")))
      .orderBy(asc(auditLog.seq))
      .then((rows) => rows.filter((r) => (r.payload as { accountKey?: string }).accountKey === accountKey(stranger)));
    expect(refusal!.payload).toMatchObject({ method: "oidc", reason: "sso_no_account" });
    expect(JSON.stringify(refusal)).not.toContain(stranger);

    const gone = await makeStaff("agent");
    await updateStaffUser(db(), { id: gone.id, set: { active: false }, endSessions: true });
    expect(await admitOidcSignIn({ claims: { sub: "y", email: gone.email }, ip: ip(), skipsTotp: true })).toEqual({
      ok: false,
      refusal: "sso_no_account",
    });
    expect((await auditOf(gone.id)).map((a) => a.payload)).toEqual([
      expect.objectContaining({ method: "oidc", reason: "sso_no_account" }),
    ]);

    const agent = await makeStaff("agent");
    expect(
      await admitOidcSignIn({
        claims: { sub: "z", email: agent.email, email_verified: false },
        ip: ip(),
        skipsTotp: true,
      }),
    ).toEqual({ ok: false, refusal: "sso_email_unverified" });
    expect(await admitOidcSignIn({ claims: { sub: "z" }, ip: ip(), skipsTotp: true })).toEqual({
      ok: false,
      refusal: "sso_email_missing",
    });
    expect((await auditOf(agent.id)).map((a) => a.action)).toEqual(["staff.sign_in_failed"]);
  });

  it("with OIDC_SKIPS_TOTP=false, leaves the app's TOTP step to do when the account has or needs one", async () => {
    const dpo = await makeStaff("dpo", { totp: true });
    expect(await admitOidcSignIn({ claims: { sub: "a", email: dpo.email }, ip: ip(), skipsTotp: false })).toMatchObject(
      { ok: true, totpPending: true },
    );
    expect((await auditOf(dpo.id)).map((a) => a.action)).toEqual(["staff.sso_authenticated"]);

    const agent = await makeStaff("agent");
    expect(
      await admitOidcSignIn({ claims: { sub: "b", email: agent.email }, ip: ip(), skipsTotp: false }),
    ).toMatchObject({ ok: true, totpPending: false });

    // A role that requires TOTP but never enrolled must enrol through a password sign-in first.
    const admin = await makeStaff("admin");
    expect(await admitOidcSignIn({ claims: { sub: "c", email: admin.email }, ip: ip(), skipsTotp: false })).toEqual({
      ok: false,
      refusal: "sso_enrol_required",
    });
  });
});

describe("completeSsoTotp", () => {
  it("accepts the current code once, refuses wrong or replayed codes (counted by the throttle), and audits", async () => {
    const dpo = await makeStaff("dpo", { totp: true });
    const from = ip();
    const base = { userId: dpo.id, sessionVersion: dpo.sessionVersion, ip: from };
    const code = generateSync({ secret: dpo.secret! });
    expect(await completeSsoTotp({ ...base, totp: code === "000000" ? "111111" : "000000" })).toEqual({
      ok: false,
      error: "totp_invalid",
    });
    expect((await findThrottles(db(), { keys: [accountKey(dpo.email)] }))[0]).toMatchObject({ failures: 1 });

    expect(await completeSsoTotp({ ...base, totp: code })).toMatchObject({
      ok: true,
      staff: { id: dpo.id, role: "dpo" },
    });
    expect(await findThrottles(db(), { keys: [accountKey(dpo.email)] })).toEqual([]);
    expect(await completeSsoTotp({ ...base, totp: code })).toEqual({ ok: false, error: "totp_invalid" });

    const audit = await auditOf(dpo.id);
    expect(
      audit.map((a) => [
        a.action,
        (a.payload as { method?: string; reason?: string }).method ?? (a.payload as { reason?: string }).reason,
      ]),
    ).toEqual([
      ["staff.sign_in_failed", "totp"],
      ["staff.signed_in", "oidc+totp"],
      ["staff.sign_in_failed", "totp"],
    ]);
  });

  it("takes a recovery code once, locks after repeated failures, and drops a session whose account changed", async () => {
    const dpo = await makeStaff("dpo", { totp: true });
    await replaceRecoveryCodes(db(), { userId: dpo.id, codeHashes: [hashRecoveryCode("abcd-efgh-jkmn")] });
    const base = { userId: dpo.id, sessionVersion: dpo.sessionVersion, ip: ip() };
    expect(await completeSsoTotp({ ...base, recoveryCode: "ABCD-EFGH-JKMN" })).toMatchObject({ ok: true });
    expect(await completeSsoTotp({ ...base, recoveryCode: "abcd-efgh-jkmn" })).toEqual({
      ok: false,
      error: "totp_invalid",
    });

    for (let i = 0; i < 4; i += 1)
      expect(await completeSsoTotp({ ...base, totp: "000000" })).toMatchObject({ ok: false });
    expect(await completeSsoTotp({ ...base, totp: generateSync({ secret: dpo.secret! }) })).toEqual({
      ok: false,
      error: "locked",
    });

    const agent = await makeStaff("agent", { totp: true });
    await updateStaffUser(db(), { id: agent.id, set: { role: "manager" }, endSessions: true });
    expect(
      await completeSsoTotp({
        userId: agent.id,
        sessionVersion: agent.sessionVersion,
        ip: ip(),
        totp: generateSync({ secret: agent.secret! }),
      }),
    ).toEqual({ ok: false, error: "invalid" });
  });
});
