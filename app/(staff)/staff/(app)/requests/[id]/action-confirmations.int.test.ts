import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { mailDeliveries, requests, staffUsers } from "@/lib/db/schema";
import { formatStaffDay } from "@/lib/i18n/staff/format-day";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { formOf } from "@/scripts/test-support/form";
import { givenUpMail } from "@/scripts/test-support/given-up-mail";
import { verifiedRequest } from "@/scripts/test-support/fulfilment";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import type { SessionClaims } from "@/scripts/test-support/staff-session";
import { correctResidenceAction, transitionAction, verifyIdentityAction } from "./actions";
import { resendMailAction } from "./mail-actions";

// Only the cookie decoding and Next's page cache are replaced: currentStaff() still re-reads the
// account (and its language), and the policy, the use case and the database are the real ones.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const staff = signedInStaffForFile(cookie, { dpo: "Lou dpo", admin: "Lou admin" });

const newRequest = (jurisdiction = "FR") =>
  verifiedRequest({ type: "access", email: `confirm.${Date.now()}@example.net`, jurisdiction });

describe("the request page's confirmations speak the member's language (issue 17)", () => {
  it("in French: the residence correction (with the due date as the staff screens write it) and a transition", async () => {
    await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, staff.dpo.id));
    cookie.claims = staff.dpo.claims;
    // California's 45 days corrected to the GDPR's month: the date comes earlier and the person is mailed.
    const id = await newRequest("US-CA");
    const corrected = await correctResidenceAction(
      null,
      formOf({ requestId: id, jurisdiction: "FR", reason: "Vit à Lyon depuis 2020." }),
    );
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(corrected).toMatchObject({
      ok: true,
      message: `Régime corrigé en GDPR ; nouvelle échéance le ${formatStaffDay(row!.dueDate, "fr")}, plus tôt : la personne en est informée par e-mail.`,
    });
    const assigned = await transitionAction(
      null,
      formOf({ type: "assign", requestId: id, version: String(row!.version), assigneeId: staff.dpo.id }),
    );
    expect(assigned).toMatchObject({ ok: true, message: "Attribution enregistrée." });
  });

  it("in French: the resend of a verification mail given up and the identity checked by staff", async () => {
    await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, staff.dpo.id));
    cookie.claims = staff.dpo.claims;
    const to = `phone.${randomBytes(4).toString("hex")}@example.net`;
    const { id } = await submitStaffRequest(
      {
        type: "erasure",
        email: to,
        fullName: "Paul Téléphone",
        locale: "fr",
        channel: "phone",
        receivedAt: new Date(),
      },
      staff.dpo,
    );
    const key = await givenUpMail(id, to, {
      template: "verification",
      subject: "Confirmez votre demande",
      text: "Code : 123456",
    });
    expect(await resendMailAction(null, formOf({ requestId: id, key }))).toEqual({
      ok: true,
      value: expect.anything(),
      message: "Courriel remis en file d’envoi ; son état ci-dessous se met à jour une fois envoyé.",
    });
    const [mail] = await db().select().from(mailDeliveries).where(eq(mailDeliveries.key, key));
    expect(mail!.status).not.toBe("given_up");

    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    const verified = await verifyIdentityAction(
      null,
      formOf({
        requestId: id,
        version: String(row!.version),
        identityMethod: "security_questions",
        identityNote: "3 sur 3",
      }),
    );
    expect(verified).toEqual({
      ok: true,
      value: expect.anything(),
      message: "Identité enregistrée comme vérifiée ; la réception de la demande est confirmée à la personne.",
    });
    const [after] = await db().select().from(requests).where(eq(requests.id, id));
    expect(after!.status).toBe("new");
  });

  it("in English: the same confirmations in English", async () => {
    await db().update(staffUsers).set({ locale: "en" }).where(eq(staffUsers.id, staff.admin.id));
    cookie.claims = staff.admin.claims;
    // The GDPR's month corrected to California's 45 days: a later date, nobody is mailed.
    const id = await newRequest();
    const corrected = await correctResidenceAction(
      null,
      formOf({ requestId: id, jurisdiction: "US-CA", reason: "Lives in San Diego since 2020." }),
    );
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(corrected).toMatchObject({
      ok: true,
      message: `Regime corrected to CCPA; due date now ${formatStaffDay(row!.dueDate, "en")}.`,
    });
  });
});
