import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { signInOverHttp, signOutOverHttp } from "@/scripts/test-support/staff-http";
import { hashPassword } from "./password";

afterAll(() => closeDb());

const queueWith = (cookie: string) => fetch(`${appUrl()}/staff/requests`, { redirect: "manual", headers: { cookie } });

it("POST /api/auth/signout ends the session: the saved cookie no longer opens /staff/requests (issue 14, item 2)", async () => {
  const email = `agent.${randomBytes(4).toString("hex")}@sign-out.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const user = await upsertStaff(db(), {
    email,
    name: "Sam Signout",
    role: "agent",
    passwordHash: await hashPassword(password),
  });
  const { jar, error } = await signInOverHttp({ email, password });
  expect(error).toBeNull();
  const saved = jar.header();
  const before = await queueWith(saved);
  expect(before.status).toBe(200);
  expect(await before.text()).toContain("Sam Signout");

  await signOutOverHttp(jar);

  // The browser dropped its cookie; whoever kept a copy of it is signed out as well.
  const after = await queueWith(saved);
  expect(after.status).toBeGreaterThanOrEqual(300);
  expect(after.status).toBeLessThan(400);
  expect(after.headers.get("location")).toMatch(/\/staff\/signin/);
  const staffRoute = await fetch(`${appUrl()}/api/staff/requests/${crypto.randomUUID()}/messages`, {
    method: "POST",
    headers: { cookie: saved, "content-type": "application/json" },
    body: JSON.stringify({ message: "still here?" }),
  });
  expect(staffRoute.status).toBe(401);
  const audit = await db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, user.id), eq(auditLog.action, "staff.signed_out")));
  expect(audit).toHaveLength(1);

  // Signing in again works, and gives a session that opens the queue.
  const again = await signInOverHttp({ email, password });
  expect((await queueWith(again.jar.header())).status).toBe(200);
});
