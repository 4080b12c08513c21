import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { updateStaffUser } from "@/lib/db/queries/staff-users";
import { appUrl } from "@/lib/env";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { bulkAssign } from "@/lib/requests/staff/bulk-assign";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { extractCode, waitForMail } from "@/scripts/test-support/mailbox";
import { signedInStaff } from "@/scripts/test-support/signed-in-cookie";

type Signed = Awaited<ReturnType<typeof signedInStaff>>;
let dpo: Signed;
let holder: Signed;
let other: Signed;
let manager: Signed;
let retired: Signed;

async function verifiedRequest(): Promise<string> {
  const to = `assign.${randomBytes(4).toString("hex")}@example.net`;
  const filed = await submitRequest(
    { type: "access", email: to, fullName: "Asa Assign", locale: "en" },
    { channel: "portal", actor: { type: "subject" } },
  );
  await verifyByCode(filed.id, extractCode((await waitForMail(to, new RegExp(filed.reference))).text));
  return filed.id;
}

beforeAll(async () => {
  [dpo, holder, other, manager, retired] = await Promise.all([
    signedInStaff("dpo"),
    signedInStaff("agent", "Hold Er"),
    signedInStaff("agent", "Oth Er"),
    signedInStaff("manager"),
    signedInStaff("agent", "Re Tired"),
  ]);
  await updateStaffUser(db(), { id: retired.id, set: { active: false }, endSessions: true });
});
afterAll(() => closeDb());

async function assign(requestId: string, as: Signed, assigneeId: string) {
  const { version } = (await findRequest(db(), { id: requestId }))!;
  const res = await fetch(`${appUrl()}/api/staff/requests/${requestId}/transition`, {
    method: "POST",
    headers: { cookie: as.cookie, "content-type": "application/json", origin: new URL(appUrl()).origin },
    body: JSON.stringify({ type: "assign", version, assigneeId }),
  });
  const body = (await res.json()) as { error?: { code: string; fields?: Record<string, string> } };
  return { status: res.status, ...body.error };
}

describe("assignment targets", () => {
  it("refuses a deactivated account, a manager and an id that is no one, with the field and the reason", async () => {
    const id = await verifiedRequest();
    expect(await assign(id, dpo, retired.id)).toMatchObject({
      status: 400,
      code: "invalid_request",
      fields: { assigneeId: "is deactivated" },
    });
    expect(await assign(id, dpo, manager.id)).toMatchObject({
      status: 400,
      fields: { assigneeId: expect.stringContaining("manager") },
    });
    expect(await assign(id, dpo, randomUUID())).toMatchObject({
      status: 400,
      fields: { assigneeId: "is not a staff member" },
    });
    expect((await findRequest(db(), { id }))!.assigneeId).toBeNull();
    expect(await assign(id, dpo, holder.id)).toMatchObject({ status: 200 });
  });

  it("bulk assignment refuses such a target once, with the field, assigning nothing", async () => {
    const id = await verifiedRequest();
    const { version } = (await findRequest(db(), { id }))!;
    await expect(
      bulkAssign({ items: [{ requestId: id, version }], assigneeId: manager.id, staff: { id: dpo.id, role: "dpo" } }),
    ).rejects.toMatchObject({ code: "invalid_request", fields: { assigneeId: expect.any(String) } });
    expect((await findRequest(db(), { id }))!.assigneeId).toBeNull();
  });
});

describe("taking over", () => {
  it("an agent cannot take a request another person holds; a DPO can reassign it; a free one is anyone's", async () => {
    const id = await verifiedRequest();
    expect(await assign(id, other, other.id)).toMatchObject({ status: 200 });
    expect(await assign(id, holder, holder.id)).toMatchObject({ status: 403, code: "forbidden" });
    expect((await findRequest(db(), { id }))!.assigneeId).toBe(other.id);
    expect(await assign(id, dpo, holder.id)).toMatchObject({ status: 200 });
    expect((await findRequest(db(), { id }))!.assigneeId).toBe(holder.id);
  });
});
