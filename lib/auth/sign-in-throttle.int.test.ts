import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { findThrottles } from "@/lib/db/queries/staff-security";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { auditLog, signInThrottle, staffNotifications } from "@/lib/db/schema";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { authenticateStaff as authenticate, type SignInAttempt } from "./authenticate";
import { hashPassword } from "./password";
import { accountAddressKey, accountKey, ipKey, lockedForSeconds, THROTTLE_RULES } from "./sign-in-throttle";
import { newTotpSecret, sealTotpSecret } from "./totp";

/** Sign-in without waiting out the account's delay (tests that check the delay record it instead). */
const authenticateStaff = (a: SignInAttempt) => authenticate({ sleep: async () => undefined, ...a });
const tag = () => randomBytes(4).toString("hex");
// Each test signs in from its own documentation-range address, so counters never mix.
const newIp = () => `2001:db8::${tag().slice(0, 4)}:${tag().slice(0, 4)}`;
const PASSWORD = `throttle-${tag()}-password`;
let admin: { id: string };
let passwordHash: string;

async function makeStaff(role: StaffRole, opts: { totp?: boolean } = {}) {
  const user = await upsertStaff(db(), {
    email: `${role}.${tag()}@throttle.test`,
    name: `Theo ${role}`,
    role,
    passwordHash,
  });
  if (opts.totp)
    await updateStaffUser(db(), {
      id: user.id,
      set: { totpSecretEnc: sealTotpSecret(user.id, newTotpSecret()), totpEnabledAt: new Date() },
      endSessions: false,
    });
  return user;
}

/** A clock for one test: `at(s)` is s seconds after its start (the throttle takes `now`, so no waiting). */
function clock() {
  const t0 = Date.now();
  return (seconds: number) => new Date(t0 + seconds * 1000);
}

const auditBy = (actorId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, actorId),
        inArray(auditLog.action, ["staff.sign_in_failed", "staff.sign_in_locked", "staff.signed_in"]),
      ),
    )
    .orderBy(asc(auditLog.seq));

const lockAlerts = (text: string) =>
  db()
    .select()
    .from(staffNotifications)
    .where(
      and(
        eq(staffNotifications.userId, admin.id),
        eq(staffNotifications.kind, "security.sign_in_locked"),
        like(staffNotifications.title, `%${text}%`),
      ),
    );

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  admin = await makeStaff("admin");
});
afterAll(() => closeDb());

describe("sign-in throttling per account", () => {
  it(`locks an account from one address after ${THROTTLE_RULES.account_address.free} failures with a doubling lock, refuses even the right password meanwhile, audits and alerts admins; works again after the lock`, async () => {
    const user = await makeStaff("agent");
    const ip = newIp();
    const at = clock();
    const wrong = (s: number) => authenticateStaff({ email: user.email, password: "not-the-password", ip, now: at(s) });

    const pair = accountAddressKey(user.email, ip);
    for (let i = 0; i < 4; i += 1) await expect(wrong(i)).rejects.toMatchObject({ code: "invalid" });
    expect(await lockedForSeconds([pair], at(4))).toBe(0);
    await expect(wrong(4)).rejects.toMatchObject({ code: "invalid" });
    expect(await lockedForSeconds([pair], at(4))).toBe(60);
    // The account itself is not locked: that takes failures from several addresses.
    expect(await lockedForSeconds([accountKey(user.email)], at(4))).toBe(0);

    // Locked: the right password is refused too (and not even checked, so not counted).
    await expect(authenticateStaff({ email: user.email, password: PASSWORD, ip, now: at(30) })).rejects.toMatchObject({
      code: "locked",
    });
    const [row] = await findThrottles(db(), { keys: [pair] });
    expect(row).toMatchObject({ failures: 5, lockedUntil: at(64) });
    // Keys are hashes: the table never holds the e-mail or the address.
    expect(JSON.stringify(await db().select().from(signInThrottle))).not.toContain(user.email);

    // After the lock, one more failure locks again, twice as long.
    await expect(wrong(65)).rejects.toMatchObject({ code: "invalid" });
    expect(await lockedForSeconds([pair], at(65))).toBe(120);
    await expect(authenticateStaff({ email: user.email, password: PASSWORD, ip, now: at(184) })).rejects.toMatchObject({
      code: "locked",
    });

    // Once it ends, the right password (any case of the e-mail) gets in and the account's counter restarts.
    const signedIn = await authenticateStaff({ email: user.email.toUpperCase(), password: PASSWORD, ip, now: at(186) });
    expect(signedIn).toMatchObject({ id: user.id, role: "agent" });
    expect(await findThrottles(db(), { keys: [accountKey(user.email), pair] })).toEqual([]);
    // The address's own counter is not cleared by one account's success.
    expect((await findThrottles(db(), { keys: [ipKey(ip)] }))[0]).toMatchObject({ failures: 6, lockedUntil: null });

    const audit = await auditBy(user.id);
    expect(audit.map((a) => a.action)).toEqual([
      ...Array(5).fill("staff.sign_in_failed"),
      "staff.sign_in_locked",
      "staff.sign_in_failed",
      "staff.sign_in_locked",
      "staff.signed_in",
    ]);
    expect(audit[0]!.payload).toEqual({ reason: "password", ipKey: ipKey(ip) });
    expect(audit.filter((a) => a.action === "staff.sign_in_locked").map((a) => a.payload)).toEqual([
      { scope: "account_address", failures: 5, lockSeconds: 60 },
      { scope: "account_address", failures: 6, lockSeconds: 120 },
    ]);
    expect(audit.at(-1)!.payload).toMatchObject({ method: "password" });

    const alerts = await lockAlerts(user.email);
    expect(alerts.map((a) => a.title).sort()).toEqual([
      `Sign-in locked for the account ${user.email} from one client address after 5 failed attempts (1 min)`,
      `Sign-in locked for the account ${user.email} from one client address after 6 failed attempts (2 min)`,
    ]);
  });

  it("counts wrong authenticator codes and a deactivated account's attempts, but not a missing code", async () => {
    const dpo = await makeStaff("dpo", { totp: true });
    const ip = newIp();
    const at = clock();
    await expect(authenticateStaff({ email: dpo.email, password: PASSWORD, ip, now: at(0) })).rejects.toMatchObject({
      code: "totp_required",
    });
    expect(await findThrottles(db(), { keys: [accountKey(dpo.email)] })).toEqual([]);
    const pair = accountAddressKey(dpo.email, ip);
    for (let i = 1; i <= 5; i += 1) {
      await expect(
        authenticateStaff({ email: dpo.email, password: PASSWORD, totp: "000000", ip, now: at(i) }),
      ).rejects.toMatchObject({ code: "totp_invalid" });
    }
    expect(await lockedForSeconds([pair], at(5))).toBe(60);
    expect(
      (await auditBy(dpo.id))
        .filter((a) => a.action === "staff.sign_in_failed")
        .map((a) => (a.payload as { reason: string }).reason),
    ).toEqual(Array(5).fill("totp"));

    const gone = await makeStaff("agent");
    await updateStaffUser(db(), { id: gone.id, set: { active: false }, endSessions: true });
    await expect(authenticateStaff({ email: gone.email, password: PASSWORD, ip: newIp() })).rejects.toMatchObject({
      code: "invalid",
    });
    expect((await auditBy(gone.id))[0]).toMatchObject({
      action: "staff.sign_in_failed",
      payload: { reason: "inactive" },
    });
  });

  it("throttles unknown e-mails the same way, without revealing or storing them", async () => {
    const email = `nobody.${tag()}@throttle.test`;
    const ip = newIp();
    const at = clock();
    for (let i = 0; i < 5; i += 1)
      await expect(authenticateStaff({ email, password: "guess", ip, now: at(i) })).rejects.toMatchObject({
        code: "invalid",
      });
    expect(await lockedForSeconds([accountAddressKey(email, ip)], at(5))).toBe(59);
    const locks = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "staff.sign_in_locked"), eq(auditLog.actorType, "system")))
      .orderBy(asc(auditLog.seq));
    expect(locks.at(-1)!.payload).toEqual({ scope: "account_address", failures: 5, lockSeconds: 60 });
    expect(JSON.stringify(locks.at(-1))).not.toContain(email);
  });
});

describe("sign-in throttling per client address", () => {
  it(`locks an address after ${THROTTLE_RULES.ip.free} failures on any accounts, for every account, until the lock ends`, async () => {
    const ip = newIp();
    const at = clock();
    const alertsBefore = (await lockAlerts("one client address")).length;
    for (let i = 0; i < THROTTLE_RULES.ip.free; i += 1) {
      await expect(
        authenticateStaff({ email: `spray.${tag()}@throttle.test`, password: "guess", ip, now: at(i) }),
      ).rejects.toMatchObject({ code: "invalid" });
    }
    expect(await lockedForSeconds([ipKey(ip)], at(30))).toBe(59);

    // An account that never failed cannot sign in from that address, but can from another one.
    const user = await makeStaff("manager");
    await expect(authenticateStaff({ email: user.email, password: PASSWORD, ip, now: at(31) })).rejects.toMatchObject({
      code: "locked",
    });
    await expect(
      authenticateStaff({ email: user.email, password: PASSWORD, ip: newIp(), now: at(31) }),
    ).resolves.toMatchObject({ id: user.id });
    await expect(authenticateStaff({ email: user.email, password: PASSWORD, ip, now: at(90) })).resolves.toMatchObject({
      id: user.id,
    });

    const [lock] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "staff.sign_in_locked"), eq(auditLog.actorType, "system")))
      .orderBy(asc(auditLog.seq))
      .then((rows) => rows.filter((r) => (r.payload as { scope?: string }).scope === "ip").slice(-1));
    expect(lock!.payload).toEqual({ scope: "ip", failures: 30, lockSeconds: 60 });
    const alerts = await lockAlerts("one client address");
    expect(alerts.length).toBe(alertsBefore + 1);
    expect(alerts.map((a) => a.title)).toContain(
      "Sign-in locked for one client address after 30 failed attempts (1 min)",
    );
  });
});
