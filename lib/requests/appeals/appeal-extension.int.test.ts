import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findAppealOfRequest } from "@/lib/db/queries/appeals";
import { auditLog } from "@/lib/db/schema";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { formatMailDate } from "@/lib/mail/templates/format";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { refusedAccess } from "@/scripts/test-support/staff-filed";
import { decideAppeal } from "./decide-appeal";
import { extendAppeal } from "./extend-appeal";
import { fileAppeal } from "./file-appeal";

/**
 * The appeal's acknowledgement (read from the SMTP sink) and the extension of its decision period where
 * the state's law allows it (Colorado: 45 + 60 days, C.R.S. § 6-1-1306(3)(b)). Needs a running instance
 * (mails go through the outbox and the workers): DSR_RUNTIME_ENV.
 */
const { dpoA, dpoB } = fileStaff({ dpoA: "dpo", dpoB: "dpo" });

const refusedRequest = (to: string, jurisdiction: string, locale: "en" | "fr") =>
  refusedAccess(dpoA, { email: to, fullName: "Cole Rado", jurisdiction, locale });

describe("appeal acknowledgement and extension", () => {
  it("Colorado: the subject is mailed the decision date (zone labelled); another DPO extends it by 60 days once, mailed and audited", async () => {
    const to = `appeal.co.${randomBytes(4).toString("hex")}@example.net`;
    const { id, token, zone } = await refusedRequest(to, "US-CO", "en");
    const received = new Date();
    const { decideBy } = await fileAppeal({ token, reason: "I am a customer: order 98 was mine." });
    const first = addDays(localDateOf(received, zone), 45);
    expect(decideBy).toBe(first);

    const ack = await waitForMail(to, /We have received your appeal/, 30_000);
    expect(ack.text).toContain(`${formatMailDate(first, "en")} (${zone})`);
    expect(ack.text).toContain("C.R.S. § 6-1-1306(3)(b)");
    expect(ack.text).toContain("up to 60 days");

    const out = await extendAppeal(
      { requestId: id, reason: "We must consult the three systems that hold orders." },
      dpoB,
    );
    expect(out).toEqual({ extended: true, decideBy: addDays(first, 60) });
    const appeal = (await findAppealOfRequest(db(), { requestId: id }))!;
    expect(appeal.decideBy).toBe(addDays(first, 60));
    expect(appeal.extendedAt).not.toBeNull();
    const mail = await waitForMail(to, /new decision date/, 30_000);
    expect(mail.text).toContain("We must consult the three systems that hold orders.");
    expect(mail.text).toContain(`${formatMailDate(addDays(first, 60), "en")} (${zone})`);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "appeal.extended")));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.payload).toMatchObject({ from: first, to: addDays(first, 60) });

    // A second click extends nothing and audits nothing more.
    expect((await extendAppeal({ requestId: id, reason: "Clicked twice by mistake, sorry." }, dpoB)).extended).toBe(
      false,
    );
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.requestId, id), eq(auditLog.action, "appeal.extended"))),
    ).toHaveLength(1);
    // Decided, it can no longer be extended.
    await decideAppeal({ requestId: id, decision: "denied", reason: "No account exists under this address." }, dpoB);
  });

  it("Virginia's law allows no extension of the appeal decision (400 naming the appeal); the French ack names the date", async () => {
    const to = `appeal.va.${randomBytes(4).toString("hex")}@example.net`;
    const { id, token, zone } = await refusedRequest(to, "US-VA", "fr");
    const { decideBy } = await fileAppeal({ token, reason: "J'ai bien un compte chez vous." });
    const ack = await waitForMail(to, /est bien reçu/, 30_000);
    expect(ack.text).toContain(`${formatMailDate(decideBy, "fr")} (${zone})`);
    expect(ack.text).not.toContain("prolonger");
    await expect(
      extendAppeal({ requestId: id, reason: "We would like more time please." }, dpoB),
    ).rejects.toMatchObject({
      code: "invalid_request",
      fields: { appeal: expect.any(String) },
    });
  });
});
