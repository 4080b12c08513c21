import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { extractCode, extractLink, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { DomainError } from "@/lib/domain/errors";
import { resendVerification } from "./resend-verification";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { sweepUnverified } from "./sweep-unverified";
import { verifyByCode, verifyByToken } from "./verify-email";
import type { Locale } from "@/lib/domain/locale";

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const submit = (to: string, locale: Locale = "en") =>
  submitRequest(
    { type: "access", email: to, fullName: "Vera Verify", locale },
    { channel: "portal", actor: { type: "subject" } },
  );

afterAll(() => closeDb());

describe("e-mail verification", () => {
  it("GET of the mail link verifies nothing; the button's POST does and issues a status link", async () => {
    const to = email("link");
    const { id, reference } = await submit(to, "fr");
    const link = extractLink((await waitForMail(to)).text, "/fr/verify");

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Confirmer ma demande");
    const [still] = await db().select().from(requests).where(eq(requests.id, id));
    expect(still!.status).toBe("unverified");

    const token = new URL(link).searchParams.get("token")!;
    const verified = await verifyByToken(token);
    expect(verified.reference).toBe(reference);
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(row!.status).toBe("new");
    expect(row!.verifiedAt).not.toBeNull();
    expect(row!.statusTokenHash).not.toContain(verified.statusToken);

    const status = await fetch(`${appUrl()}/fr/status/${verified.statusToken}`);
    expect(await status.text()).toContain("Confirmée");
    // The acknowledgement repeats the status link so the subject can come back later.
    const ack = await waitForMailWhere(to, (m) => m.text.includes(`/fr/status/${verified.statusToken}`));
    expect(ack.text).toContain(reference);

    await expect(verifyByToken(token)).rejects.toMatchObject({ code: "already_verified" });
    await expect(verifyByToken("forged-token")).rejects.toMatchObject({ code: "verification_invalid" });
  });

  it("verifies with the 6-digit code and locks after 5 wrong tries until a new code is sent", async () => {
    const to = email("code");
    const { id } = await submit(to);
    const code = extractCode((await waitForMail(to)).text);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 4; i++)
      await expect(verifyByCode(id, wrong)).rejects.toMatchObject({ code: "verification_invalid" });
    await expect(verifyByCode(id, wrong)).rejects.toMatchObject({ code: "verification_locked" });
    // Locked: even the right code is refused now.
    await expect(verifyByCode(id, code)).rejects.toMatchObject({ code: "verification_locked" });

    await resendVerification(id);
    const fresh = await waitForMailWhere(to, (m, all) => all.length >= 2 && m === all[0]);
    const newCode = extractCode(fresh.text);
    const done = await verifyByCode(id, newCode);
    expect(done.requestId).toBe(id);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.requestId, id))).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "request.submitted",
        "request.verification_code_rejected",
        "request.verification_resent",
        "request.verified",
      ]),
    );
  });

  it("refuses an expired code", async () => {
    const to = email("expired");
    const { id } = await submit(to);
    const code = extractCode((await waitForMail(to)).text);
    const inAnHour = new Date(Date.now() + 3_600_000);
    await expect(verifyByCode(id, code, inAnHour)).rejects.toBeInstanceOf(DomainError);
    await expect(verifyByCode(id, code, inAnHour)).rejects.toMatchObject({ code: "verification_expired" });
  });

  it("reminds an unverified request once after 3 days and withdraws it after 14, with audit entries", async () => {
    const to = email("sweep");
    const { id } = await submit(to);
    await waitForMail(to);
    // The clock counts from the verification mail (the verification row), not from the receipt.
    await db().execute(
      sql`update request_verifications set created_at = now() - interval '4 days' where request_id = ${id}`,
    );
    await sweepUnverified();
    await sweepUnverified(); // a second run sends nothing new
    await waitForMailWhere(to, (_m, all) => all.length >= 2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await listDevMail(db(), { to })).toHaveLength(2);

    await db().execute(
      sql`update request_verifications set created_at = now() - interval '15 days' where request_id = ${id}`,
    );
    const result = await sweepUnverified();
    expect(result.withdrawn).toBeGreaterThanOrEqual(1);
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(row!.status).toBe("withdrawn");
    const actions = (await db().select().from(auditLog).where(eq(auditLog.requestId, id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["request.verification_reminded", "request.withdrawn"]));
  });
});
