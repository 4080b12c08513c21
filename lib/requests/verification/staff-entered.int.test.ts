import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests, requestVerifications, staffNotifications } from "@/lib/db/schema";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { sweepUnverified } from "./sweep-unverified";
import { verifyIdentityByStaff } from "./verify-by-staff";

const DAY = 86_400_000;
const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
type Staff = { id: string; role: "agent" | "dpo" | "manager" };
let agent: Staff;
let dpo: Staff;
let manager: Staff;

beforeAll(async () => {
  agent = (await testStaff("agent")) as Staff;
  dpo = (await testStaff("dpo")) as Staff;
  manager = (await testStaff("manager")) as Staff;
});
afterAll(() => closeDb());

/** A letter received 40 days ago, entered now by an agent. */
function letterOf40DaysAgo(to: string, identity: Record<string, string> = {}) {
  return submitStaffRequest(
    {
      type: "access",
      email: to,
      fullName: "Léa Lettre",
      locale: "en",
      channel: "letter",
      receivedAt: new Date(Date.now() - 40 * DAY).toISOString(),
      ...identity,
    },
    agent,
  );
}
const rowOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
const auditsOf = (id: string) => db().select().from(auditLog).where(eq(auditLog.requestId, id));
/** Moves the verification mail `days` into the past (the sweep counts from it). */
const mailSentDaysAgo = (id: string, days: number) =>
  db()
    .update(requestVerifications)
    .set({ createdAt: sql`now() - make_interval(days => ${days})` })
    .where(eq(requestVerifications.requestId, id));

describe("a back-dated letter entered without an identity check", () => {
  it("is not withdrawn right after entry; reminder and expiry count from the verification mail", async () => {
    const to = email("letter");
    const { id, reference, status } = await letterOf40DaysAgo(to);
    expect(status).toBe("unverified");
    const verification = await waitForMail(to, /Confirm your request/);
    // Already overdue: the mail promises no date that has passed.
    expect(verification.text).toContain("as soon as possible");
    expect(verification.text).not.toContain("at the latest");

    await sweepUnverified();
    expect((await rowOf(id)).status).toBe("unverified");
    expect((await listDevMail(db(), { to })).length).toBe(1);

    await mailSentDaysAgo(id, 4);
    await sweepUnverified();
    const reminder = await waitForMailWhere(to, (_m, all) => all.length >= 2);
    expect(reminder.text).toContain(reference);
    expect((await rowOf(id)).status).toBe("unverified");

    await mailSentDaysAgo(id, 15);
    await sweepUnverified();
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: "withdrawn", outcome: "withdrawn" });
    const expired = await waitForMail(to, /withdrawn: it was not confirmed/);
    expect(expired.text).toContain(reference);
    const actions = (await auditsOf(id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["request.verification_reminded", "request.withdrawn"]));
    // Unassigned: the DPOs' bell rings.
    const bell = await db()
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.requestId, id), eq(staffNotifications.userId, dpo.id)));
    expect(bell).toHaveLength(1);
    expect(bell[0]).toMatchObject({ kind: "verification_expired" });
    expect(bell[0]!.title).toContain(reference);
  });

  it("rings the assignee's bell, not the DPOs', when someone holds it", async () => {
    const to = email("held");
    const { id } = await letterOf40DaysAgo(to);
    await db().update(requests).set({ assigneeId: agent.id }).where(eq(requests.id, id));
    await mailSentDaysAgo(id, 15);
    await sweepUnverified();
    expect((await rowOf(id)).status).toBe("withdrawn");
    const bell = await db().select().from(staffNotifications).where(eq(staffNotifications.requestId, id));
    expect(bell.map((n) => n.userId)).toEqual([agent.id]);
    await waitForMail(to, /withdrawn: it was not confirmed/);
  });
});

describe("staff record how the identity was checked", () => {
  it("at entry: the request is new, verified, audited and acknowledged, with no verification mail", async () => {
    const to = email("checked");
    const { id, reference, status } = await letterOf40DaysAgo(to, {
      identityMethod: "id_document",
      identityNote: "Copy of passport enclosed with the letter",
    });
    expect(status).toBe("new");
    const row = await rowOf(id);
    expect(row.status).toBe("new");
    expect(row.verifiedAt).not.toBeNull();
    expect(row.statusTokenHash).not.toBeNull();
    const verified = (await auditsOf(id)).find((a) => a.action === "request.verified");
    expect(verified?.payload).toMatchObject({
      actorKind: "staff",
      actorId: agent.id,
      identityCheckMethod: "id_document",
      identityCheckNote: "Copy of passport enclosed with the letter",
    });
    const ack = await waitForMail(to, /We have received your request/);
    expect(ack.text).toContain(reference);
    // Received 40 days ago: the one-month limit has passed, so the acknowledgement promises no past date
    // (Art. 12(3) GDPR: "without undue delay"), and the person confirmed nothing: staff checked them.
    expect(ack.text).toContain("as soon as possible");
    expect(ack.text).not.toContain("at the latest");
    expect(ack.text).not.toContain("Thank you for confirming");
    expect(ack.text).toContain("checked your identity");
    await new Promise((r) => setTimeout(r, 1000));
    expect((await listDevMail(db(), { to })).map((m) => m.subject)).not.toContainEqual(
      expect.stringMatching(/Confirm your request/),
    );
    // Verified: the sweep never touches it.
    await sweepUnverified();
    expect((await rowOf(id)).status).toBe("new");
  });

  it("from the workspace: an agent marks an unverified request verified; a manager never can", async () => {
    const to = email("later");
    const { id } = await letterOf40DaysAgo(to);
    await waitForMail(to, /Confirm your request/);
    const before = await rowOf(id);
    const check = { requestId: id, version: before.version, identityMethod: "known_account" as const };

    await expect(verifyIdentityByStaff(check, manager)).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyIdentityByStaff({ ...check, identityMethod: "" }, agent)).rejects.toMatchObject({
      code: "reason_required",
    });
    expect((await rowOf(id)).status).toBe("unverified");

    const row = await verifyIdentityByStaff({ ...check, identityNote: "Called back on the number on file" }, agent);
    expect(row).toMatchObject({ status: "new" });
    expect(row.verifiedAt).not.toBeNull();
    const verified = (await auditsOf(id)).find((a) => a.action === "request.verified");
    expect(verified?.payload).toMatchObject({ actorRole: "agent", identityCheckMethod: "known_account" });
    await waitForMail(to, /We have received your request/);
    const [v] = await db().select().from(requestVerifications).where(eq(requestVerifications.requestId, id));
    expect(v!.verifiedAt).not.toBeNull();
  });
});
