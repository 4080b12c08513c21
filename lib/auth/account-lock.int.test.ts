import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog } from "@/lib/db/schema";
import { waitFor } from "@/scripts/test-support/wait-for";
import { authenticateStaff } from "./authenticate";
import { hashPassword } from "./password";
import { accountKey, lockedForSeconds, THROTTLE_RULES } from "./sign-in-throttle";

/**
 * Issue 14, item 9: someone who knows a staff e-mail must not lock its owner out. Failures lock the
 * (account, address) pair; the account itself slows down, then locks only after failures from many
 * addresses, and its owner is told by mail.
 */
const tag = () => randomBytes(4).toString("hex");
const newIp = () => `2001:db8:9::${tag().slice(0, 4)}:${tag().slice(0, 4)}`;
const PASSWORD = `lock-${tag()}-password`;
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => closeDb());

const makeAgent = () =>
  upsertStaff(db(), { email: `agent.${tag()}@lock.test`, name: "Lou Locked", role: "agent", passwordHash });

function clock() {
  const t0 = Date.now();
  return (seconds: number) => new Date(t0 + seconds * 1000);
}

describe("failed sign-ins by someone who knows the e-mail", () => {
  it("five wrong passwords from one address lock that address for the account, not the owner elsewhere", async () => {
    const user = await makeAgent();
    const attacker = newIp();
    const at = clock();
    const waited: number[] = [];
    const sleep = async (ms: number) => void waited.push(ms);
    for (let i = 0; i < 5; i += 1)
      await expect(
        authenticateStaff({ email: user.email, password: "guess", ip: attacker, now: at(i), sleep }),
      ).rejects.toMatchObject({ code: "invalid" });
    await expect(
      authenticateStaff({ email: user.email, password: PASSWORD, ip: attacker, now: at(6), sleep }),
    ).rejects.toMatchObject({ code: "locked" });
    // The owner, from their own network, still gets in (after the account's short delay).
    await expect(
      authenticateStaff({ email: user.email, password: PASSWORD, ip: newIp(), now: at(7), sleep }),
    ).resolves.toMatchObject({ id: user.id });
    expect(waited).toEqual([500]);
  });

  it("failures from many addresses slow every attempt down, then lock the account itself and mail its owner once", async () => {
    const user = await makeAgent();
    const at = clock();
    const waited: number[] = [];
    const sleep = async (ms: number) => void waited.push(ms);
    const free = THROTTLE_RULES.account.free;
    for (let i = 0; i < free; i += 1)
      await expect(
        authenticateStaff({ email: user.email, password: `guess-${i}`, ip: newIp(), now: at(i), sleep }),
      ).rejects.toMatchObject({ code: "invalid" });
    expect(waited).toEqual([500, 1000, 2000, 4000, 8000, ...Array(free - 10).fill(10_000)]);
    expect(await lockedForSeconds([accountKey(user.email)], at(free))).toBe(60 - 1);
    // Now even the right password from a fresh address is refused until the lock ends.
    await expect(
      authenticateStaff({ email: user.email, password: PASSWORD, ip: newIp(), now: at(free), sleep }),
    ).rejects.toMatchObject({ code: "locked" });

    const locks = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, user.id), inArray(auditLog.action, ["staff.sign_in_locked"])))
      .orderBy(asc(auditLog.seq));
    expect(locks.map((l) => l.payload)).toEqual([{ scope: "account", failures: free, lockSeconds: 60 }]);

    // The mail goes through the outbox and the workers to the owner's inbox.
    const mail = await waitFor(
      async () => (await listDevMail(db(), { to: user.email }))[0],
      30_000,
      "the account-locked mail",
    );
    expect(mail.subject).toBe(`Your back-office account was locked after ${free} failed sign-ins`);
    expect(mail.text).toContain("from more than one network");
    expect(mail.text).toContain("/staff/signin");

    // After the lock the owner gets in, and the account's counter starts again.
    await expect(
      authenticateStaff({ email: user.email, password: PASSWORD, ip: newIp(), now: at(free + 61), sleep }),
    ).resolves.toMatchObject({ id: user.id });
    expect(await lockedForSeconds([accountKey(user.email)], at(free + 62))).toBe(0);
    expect(await listDevMail(db(), { to: user.email })).toHaveLength(1);
  });
});
