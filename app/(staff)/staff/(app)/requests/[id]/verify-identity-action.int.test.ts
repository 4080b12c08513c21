import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, requests } from "@/lib/db/schema";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { formOf } from "@/scripts/test-support/form";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import type { SessionClaims, SignedInStaff } from "@/scripts/test-support/staff-session";
import { verifyIdentityAction } from "./actions";

// Only the cookie decoding and Next's page cache are replaced; the policy, use case and database are real.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const staff = signedInStaffForFile(cookie, { agent: "Ida agent", manager: "Ida manager" });

const verifyAs = (who: SignedInStaff, fields: Record<string, string>) => {
  cookie.claims = who.claims;
  return verifyIdentityAction(null, formOf(fields));
};

describe("the workspace's Mark identity as verified action", () => {
  it("is offered to an agent and refused to a manager before anything is read; the agent's verifies", async () => {
    const to = `phone.${randomBytes(4).toString("hex")}@example.net`;
    const { id } = await submitStaffRequest(
      { type: "erasure", email: to, fullName: "Paul Phone", locale: "fr", channel: "phone", receivedAt: new Date() },
      staff.agent,
    );
    await waitForMail(to);
    expect((await loadWorkspace(id, staff.agent))!.may["request.verify_identity"]).toBe(true);
    expect((await loadWorkspace(id, staff.manager))!.may["request.verify_identity"]).toBe(false);
    const fields = { requestId: id, version: "0", identityMethod: "security_questions", identityNote: "3 of 3" };

    expect(await verifyAs(staff.manager, fields)).toMatchObject({ ok: false, code: "forbidden" });
    const [still] = await db().select().from(requests).where(eq(requests.id, id));
    expect(still!.status).toBe("unverified");

    const result = await verifyAs(staff.agent, { ...fields, version: String(still!.version) });
    expect(result).toMatchObject({ ok: true });
    expect(cookie.revalidated).toEqual([`/staff/requests/${id}`]);
    const [after] = await db().select().from(requests).where(eq(requests.id, id));
    expect(after!.status).toBe("new");
    const entry = (await db().select().from(auditLog).where(eq(auditLog.requestId, id))).find(
      (a) => a.action === "request.verified",
    );
    expect(entry).toMatchObject({
      actorId: staff.agent.id,
      payload: { identityCheckMethod: "security_questions", identityCheckNote: "3 of 3" },
    });
    // The timeline says how staff checked the identity, not "E-mail verified" (issue 17 Deliver 1).
    const event = (await loadWorkspace(id, staff.agent))!.timeline.find(
      (e) => e.kind === "event" && e.code === "request.verified",
    );
    expect(event).toMatchObject({
      action: "Identity verified",
      detail: expect.stringContaining("identity checked by staff: Answered security questions (3 of 3)"),
    });
  });
});
