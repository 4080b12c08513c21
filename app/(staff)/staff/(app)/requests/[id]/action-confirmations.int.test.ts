import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { requests, staffUsers } from "@/lib/db/schema";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { formOf } from "@/scripts/test-support/form";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import type { SessionClaims } from "@/scripts/test-support/staff-session";
import { correctResidenceAction, transitionAction } from "./actions";

// Only the cookie decoding and Next's page cache are replaced: currentStaff() still re-reads the
// account (and its language), and the policy, the use case and the database are the real ones.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const staff = signedInStaffForFile(cookie, { dpo: "Lou dpo", admin: "Lou admin" });

const newRequest = () =>
  verifiedRequest({ type: "access", email: `confirm.${Date.now()}@example.net`, jurisdiction: "FR" });

describe("the request page's confirmations speak the member's language (issue 17)", () => {
  it("in French: the residence correction (with the due date as the staff screens write it) and a transition", async () => {
    await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, staff.dpo.id));
    cookie.claims = staff.dpo.claims;
    const id = await newRequest();
    const corrected = await correctResidenceAction(
      null,
      formOf({ requestId: id, jurisdiction: "CH", reason: "Vit à Genève depuis 2020." }),
    );
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(corrected).toMatchObject({
      ok: true,
      message: `Régime corrigé en NFADP ; nouvelle échéance le ${formatStaffDay(row!.dueDate, "fr")}.`,
    });
    const assigned = await transitionAction(
      null,
      formOf({ type: "assign", requestId: id, version: String(row!.version), assigneeId: staff.dpo.id }),
    );
    expect(assigned).toMatchObject({ ok: true, message: "Attribution enregistrée." });
  });

  it("in English: the same confirmations in English", async () => {
    await db().update(staffUsers).set({ locale: "en" }).where(eq(staffUsers.id, staff.admin.id));
    cookie.claims = staff.admin.claims;
    const id = await newRequest();
    const corrected = await correctResidenceAction(
      null,
      formOf({ requestId: id, jurisdiction: "CH", reason: "Lives in Geneva since 2020." }),
    );
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(corrected).toMatchObject({
      ok: true,
      message: `Regime corrected to NFADP; due date now ${formatStaffDay(row!.dueDate, "en")}.`,
    });
  });
});
