import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { extractCode, extractLink, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { requestLostLinks, LOST_LINK_PER_EMAIL_PER_HOUR } from "./send-lost-links";
import { subjectTimeline } from "./timeline";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { withdrawAsSubject } from "./withdraw-as-subject";
import type { Locale } from "@/lib/domain/locale";
import { eq } from "drizzle-orm";
import { requests } from "@/lib/db/schema";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { refusedAccess, staffFiledAccess } from "@/scripts/test-support/staff-filed";
import { fileAppeal } from "@/lib/requests/appeals/file-appeal";

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomBytes(3).toString("hex")}`;
const file = (to: string, type: "access" | "erasure" | "portability", locale: Locale = "en") =>
  submitRequest({ type, email: to, fullName: "Lou Lost", locale }, { channel: "portal", actor: { type: "subject" } });
const settle = () => new Promise((r) => setTimeout(r, 1500));

afterAll(() => closeDb());
const { dpo } = fileStaff({ dpo: "dpo" });
const DAY = 86_400_000;
/** Moves a request's answer into the past (the lifecycle stamps it now). */
const closedDaysAgo = (id: string, days: number, status: "completed" | "rejected") =>
  db()
    .update(requests)
    .set({ status, closedAt: new Date(Date.now() - days * DAY) })
    .where(eq(requests.id, id));

describe("lost links (the portal queues, the job mails)", () => {
  it("mails the status link of each verified open request and a fresh verification for an unverified one", async () => {
    const to = email("lost");
    const verified = await file(to, "access", "fr");
    const { statusToken } = await verifyByCode(
      verified.id,
      extractCode((await waitForMail(to, new RegExp(verified.reference))).text),
    );
    const unverified = await file(to, "erasure");
    await waitForMail(to, new RegExp(`Confirm your request ${unverified.reference}`));
    const closed = await file(to, "portability");
    const closedToken = (
      await verifyByCode(closed.id, extractCode((await waitForMail(to, new RegExp(closed.reference))).text))
    ).statusToken;
    await withdrawAsSubject({ token: closedToken });
    await settle();
    const before = (await listDevMail(db(), { to })).length;

    // The address is matched whatever its case or surrounding spaces.
    await expect(requestLostLinks({ email: `  ${to.toUpperCase()} `, ip: ip() })).resolves.toBeUndefined();
    const lost = await waitForMail(to, /lien de suivi/);
    expect(lost.subject).toContain(verified.reference);
    const link = extractLink(lost.text, "/fr/status/");
    expect(new URL(link).pathname).toBe(`/fr/status/${statusToken}`);
    expect((await subjectTimeline(statusToken))!.reference).toBe(verified.reference);
    const fresh = await waitForMailWhere(
      to,
      (m, all) =>
        all.length >= before + 2 &&
        m.subject.includes(unverified.reference) &&
        m === all.find((x) => x.subject.includes(unverified.reference)),
    );
    expect(extractCode(fresh.text)).toMatch(/^\d{6}$/);
    await settle();
    // Nothing about the withdrawn request.
    expect(
      (await listDevMail(db(), { to })).filter(
        (m) => m.subject.includes(closed.reference) && /link|lien/.test(m.subject),
      ),
    ).toHaveLength(0);
  });

  it("answers the same for an unknown address and mails nothing", async () => {
    const to = email("unknown");
    await expect(requestLostLinks({ email: to, ip: ip() })).resolves.toBeUndefined();
    await settle();
    expect(await listDevMail(db(), { to })).toHaveLength(0);
  });

  it("limits requests per address whether or not it is known, and rejects a malformed address", async () => {
    const to = email("limit");
    for (let i = 0; i < LOST_LINK_PER_EMAIL_PER_HOUR; i++) await requestLostLinks({ email: to, ip: ip() });
    await expect(requestLostLinks({ email: to, ip: ip() })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(requestLostLinks({ email: "not-an-address", ip: ip() })).rejects.toMatchObject({
      code: "invalid_request",
    });
  });

  it("mails the link of a request answered lately or with an appeal under review, not of one answered long ago", async () => {
    const to = email("answered");
    const who = { email: to, fullName: "Ann Swered", jurisdiction: "US-VA" };
    const recent = await staffFiledAccess(dpo, who);
    await closedDaysAgo(recent, 10, "completed");
    const old = await staffFiledAccess(dpo, who);
    await closedDaysAgo(old, 200, "completed");
    const appealed = await refusedAccess(dpo, who);
    await fileAppeal({ token: appealed.token, reason: "You do hold my account." });
    await closedDaysAgo(appealed.id, 200, "rejected");
    const refs = Object.fromEntries(
      await Promise.all(
        [recent, old, appealed.id].map(async (id) => [
          id,
          (await db().select({ r: requests.reference }).from(requests).where(eq(requests.id, id)))[0]!.r,
        ]),
      ),
    ) as Record<string, string>;

    await requestLostLinks({ email: to, ip: ip() });
    await waitForMail(to, new RegExp(`link to follow your request ${refs[recent]}`));
    await waitForMail(to, new RegExp(`link to follow your request ${refs[appealed.id]}`));
    await settle();
    const links = (await listDevMail(db(), { to })).filter((m) => /link to follow/.test(m.subject));
    expect(links.map((m) => m.subject).filter((s) => s.includes(refs[old]!))).toEqual([]);
    expect(links).toHaveLength(2);
  });
});
