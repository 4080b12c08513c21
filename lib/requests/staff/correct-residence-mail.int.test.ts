import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { auditLog, mailDeliveries, requests } from "@/lib/db/schema";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { requestDeadline } from "@/lib/domain/deadline/request-deadline";
import type { Locale } from "@/lib/domain/locale";
import { formatMailDate } from "@/lib/mail/templates/format";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { waitForMailWhere } from "@/scripts/test-support/mailbox";
import { leaks } from "@/scripts/test-support/regime-markers";
import { correctResidence, correctResidenceInput } from "./correct-residence";

/**
 * QA F10: a residence correction that brings the answer's due date before the one the person was told
 * mails them the new date, once; one that moves it later (or a request never verified) mails nothing.
 */

type Staff = { id: string; role: "dpo" };
let dpo: Staff;
beforeAll(async () => {
  dpo = (await testStaff("dpo")) as Staff;
});
afterAll(() => closeDb());

const flat = (s: string) => s.replace(/\s+/g, " ");
const rowOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;

/** An access request received today by the (French, Europe/Paris) controller, entered by staff. */
async function file(jurisdiction: string, locale: Locale, verified: boolean) {
  const to = `corr.${jurisdiction.toLowerCase()}.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitStaffRequest(
    {
      type: "access",
      email: to,
      fullName: "Alex Martin",
      locale,
      jurisdiction,
      channel: "email",
      receivedAt: new Date().toISOString(),
      ...(verified ? { identityMethod: "known_account", identityNote: "Customer account matched" } : {}),
    },
    dpo,
  );
  return { id, to, row: await rowOf(id) };
}

/** The due date the deadline engine gives this request under another residence, in the controller's calendar. */
const dueUnder = (row: Awaited<ReturnType<typeof rowOf>>, jurisdiction: string) =>
  requestDeadline({
    jurisdiction,
    controllerCountry: "FR",
    controllerTimeZone: "Europe/Paris",
    receivedAt: row.receivedAt,
    extended: false,
    clockEvents: [],
  }).dueDate;

const correctionMails = (requestId: string) =>
  db()
    .select()
    .from(mailDeliveries)
    .where(and(eq(mailDeliveries.requestId, requestId), eq(mailDeliveries.template, "regime_correction_notice")));

describe("a residence correction that brings the due date earlier", () => {
  it("California (45 days) corrected to France (one month): the person is mailed the new date once", async () => {
    const { id, to, row } = await file("US-CA", "fr", true);
    // The CCPA counts 45 calendar days from receipt (no roll-forward); the GDPR's month ends before.
    const ccpa = dueUnder(row, "US-CA");
    const gdpr = dueUnder(row, "FR");
    expect(row.dueDate).toBe(ccpa);
    expect(ccpa).toBe(addDays(localDateOf(row.receivedAt, "Europe/Paris"), 45));
    expect(gdpr < ccpa).toBe(true);

    const input = correctResidenceInput.parse({
      requestId: id,
      jurisdiction: "FR",
      reason: "The customer wrote from Lyon; the California address was an old one.",
    });
    // Sent twice (a double click, a retried action): one correction, one mail.
    const results = await Promise.allSettled([correctResidence(input, dpo.id), correctResidence(input, dpo.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [done] = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(done).toMatchObject({ subjectTold: true, request: { regime: "GDPR", dueDate: gdpr } });

    const isNotice = (m: { subject: string }) => m.subject.includes("loi applicable et date de notre réponse");
    const mail = await waitForMailWhere(to, isNotice, 30_000);
    const body = flat(`${mail.subject}\n${mail.text}`);
    expect(body).toContain("elle est désormais traitée selon le RGPD.");
    expect(body).toContain(
      `au plus tard le ${formatMailDate(gdpr, "fr")} (Europe/Paris), et non le ${formatMailDate(ccpa, "fr")} comme annoncé`,
    );
    expect(body).toContain("L'article 12, paragraphe 3, du RGPD nous impose de vous répondre dans un délai d'un mois");
    expect(leaks("GDPR", body)).toEqual([]);
    expect(body).toContain(row.reference);

    // One mail queued and one received (the acknowledgement besides), the audit entry says the person was told.
    expect(await correctionMails(id)).toHaveLength(1);
    const received = await listDevMail(db(), { to });
    expect(received.filter(isNotice)).toHaveLength(1);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "request.regime_corrected")));
    expect(entry!.payload).toMatchObject({ to: { regime: "GDPR", dueDate: gdpr }, subjectTold: true });
  });
});

describe("a residence correction that does not bring the due date earlier", () => {
  it("France (one month) corrected to California (45 days): nothing is mailed", async () => {
    const { id, row } = await file("FR", "en", true);
    const later = dueUnder(row, "US-CA");
    expect(later > row.dueDate).toBe(true);
    const out = await correctResidence(
      correctResidenceInput.parse({
        requestId: id,
        jurisdiction: "US-CA",
        reason: "Lives in San Diego, per the letter.",
      }),
      dpo.id,
    );
    expect(out).toMatchObject({ subjectTold: false, request: { regime: "CCPA", dueDate: later } });
    expect(await correctionMails(id)).toEqual([]);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "request.regime_corrected")));
    expect(entry!.payload).not.toHaveProperty("subjectTold");
  });

  it("a request not yet verified is not mailed at its unconfirmed address, though its date comes earlier", async () => {
    const { id, row } = await file("US-CA", "en", false);
    expect(row.status).toBe("unverified");
    const out = await correctResidence(
      correctResidenceInput.parse({ requestId: id, jurisdiction: "FR", reason: "The customer lives in Paris." }),
      dpo.id,
    );
    expect(out.subjectTold).toBe(false);
    expect(out.request.dueDate < row.dueDate).toBe(true);
    expect(await correctionMails(id)).toEqual([]);
  });
});
