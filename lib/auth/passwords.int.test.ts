import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findStaffById, upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, staffPasswordResets } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { signInOverHttp } from "@/scripts/test-support/staff-http";
import { authenticateStaff } from "./authenticate";
import { hashPassword } from "./password";
import { changeOwnPassword } from "./password-change";
import { completePasswordReset, issuePasswordReset } from "./password-reset";
import { inviteStaff } from "./staff-admin";

/** Issue 14, item 5: staff passwords (change, forced change of an admin-issued one, reset by link). */
const tag = () => randomBytes(4).toString("hex");
const ip = () => `2001:db8:5::${tag().slice(0, 4)}`;
const STRONG = () => `violet harbour ${tag()} lantern`;
let admin: { id: string };

beforeAll(async () => {
  admin = await upsertStaff(db(), {
    email: `admin.${tag()}@pw.test`,
    name: "Ada Admin",
    role: "admin",
    passwordHash: await hashPassword(randomBytes(12).toString("hex")),
  });
});
afterAll(() => closeDb());

const auditFor = (userId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.action, [
          "staff.password_changed",
          "staff.password_reset_issued",
          "staff.password_reset_completed",
        ]),
        eq(auditLog.actorId, userId),
      ),
    );

describe("an admin-issued password", () => {
  it("must be changed at first sign-in: until then every page sends there and every operation is refused", async () => {
    const email = `agent.${tag()}@pw.test`;
    const { id, temporaryPassword } = await inviteStaff({
      adminId: admin.id,
      email,
      name: "Ivy Invited",
      role: "agent",
    });
    const { jar, error } = await signInOverHttp({ email, password: temporaryPassword });
    expect(error).toBeNull();
    const page = await fetch(`${appUrl()}/staff/requests`, { redirect: "manual", headers: { cookie: jar.header() } });
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toMatch(/\/staff\/password$/);
    const route = await fetch(`${appUrl()}/api/staff/requests/${crypto.randomUUID()}/messages`, {
      method: "POST",
      headers: { cookie: jar.header(), "content-type": "application/json", origin: appUrl() },
      body: JSON.stringify({ message: "hello" }),
    });
    expect(route.status).toBe(403);
    expect(await route.json()).toMatchObject({
      error: { code: "forbidden", message: expect.stringMatching(/Change the password/) },
    });

    // Weak or personal passwords are refused with the reason; a strong one ends every session.
    const change = (newPassword: string) =>
      changeOwnPassword({ userId: id, currentPassword: temporaryPassword, newPassword, ip: ip() });
    await expect(change("password1234")).rejects.toMatchObject({
      code: "invalid_request",
      fields: { newPassword: expect.stringMatching(/^is too easy to guess/) },
    });
    await expect(change("ivy invited forever")).rejects.toMatchObject({
      fields: { newPassword: "must not contain your name or e-mail address" },
    });
    await expect(
      changeOwnPassword({ userId: id, currentPassword: "wrong", newPassword: STRONG(), ip: ip() }),
    ).rejects.toMatchObject({ code: "invalid_request", fields: { currentPassword: "is not your current password" } });
    const before = (await findStaffById(db(), { id }))!;
    const chosen = STRONG();
    await change(chosen);
    const after = (await findStaffById(db(), { id }))!;
    expect(after).toMatchObject({ mustChangePassword: false, sessionVersion: before.sessionVersion + 1 });
    expect(
      (
        await fetch(`${appUrl()}/staff/password`, { redirect: "manual", headers: { cookie: jar.header() } })
      ).headers.get("location"),
    ).toMatch(/\/staff\/signin/);
    await expect(authenticateStaff({ email, password: chosen, ip: ip() })).resolves.toMatchObject({ id });
    await expect(authenticateStaff({ email, password: temporaryPassword, ip: ip() })).rejects.toMatchObject({
      code: "invalid",
    });
    expect((await auditFor(id)).map((a) => a.payload)).toEqual([{ forced: true }]);
  });
});

describe("an admin's password reset", () => {
  it("mails a one-time link (hashed in the database) that sets a new password once; old password and sessions end", async () => {
    const password = STRONG();
    const user = await upsertStaff(db(), {
      email: `agent.${tag()}@pw.test`,
      name: "Rex Reset",
      role: "agent",
      passwordHash: await hashPassword(password),
    });
    const { jar } = await signInOverHttp({ email: user.email, password });
    await issuePasswordReset({ adminId: admin.id, userId: user.id });
    const mail = await waitForMail(user.email, /Set a new password/);
    const token = /\/staff\/reset-password\/([\w-]+)/.exec(mail.text)![1]!;
    const [row] = await db().select().from(staffPasswordResets).where(eq(staffPasswordResets.userId, user.id));
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(23 * 3600_000);

    // The old password and the open session stopped working at once.
    await expect(authenticateStaff({ email: user.email, password, ip: ip() })).rejects.toMatchObject({
      code: "invalid",
    });
    const queue = await fetch(`${appUrl()}/staff/requests`, { redirect: "manual", headers: { cookie: jar.header() } });
    expect(queue.headers.get("location")).toMatch(/\/staff\/signin/);

    // Opening the link uses nothing up; a weak password is refused with the reason, the link still works.
    expect(await (await fetch(`${appUrl()}/staff/reset-password/${token}`)).text()).toContain("Rex Reset");
    await expect(completePasswordReset({ token, newPassword: "qwertyuiop123" })).rejects.toMatchObject({
      code: "invalid_request",
      fields: { newPassword: expect.stringMatching(/^is too easy to guess/) },
    });
    const chosen = STRONG();
    await completePasswordReset({ token, newPassword: chosen });
    await expect(authenticateStaff({ email: user.email, password: chosen, ip: ip() })).resolves.toMatchObject({
      id: user.id,
    });
    // Second use refused, and the page says so.
    await expect(completePasswordReset({ token, newPassword: STRONG() })).rejects.toMatchObject({
      code: "verification_expired",
    });
    expect(await (await fetch(`${appUrl()}/staff/reset-password/${token}`)).text()).toContain("already used");
    await expect(completePasswordReset({ token: "x".repeat(43), newPassword: STRONG() })).rejects.toMatchObject({
      code: "verification_expired",
    });

    expect(
      (await auditFor(admin.id)).filter((a) => (a.payload as { userId?: string }).userId === user.id),
    ).toHaveLength(1);
    expect((await auditFor(user.id)).map((a) => a.action)).toEqual(["staff.password_reset_completed"]);
  });

  it("refuses an admin resetting their own password (they change it instead)", async () => {
    await expect(issuePasswordReset({ adminId: admin.id, userId: admin.id })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
