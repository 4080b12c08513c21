import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { requests } from "@/lib/db/schema";
import { appUrl, env } from "@/lib/env";
import { extractCode, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { verifyByCode } from "@/lib/requests/verification/verify-email";

afterAll(() => closeDb());

const victim = () => `victim.${randomBytes(4).toString("hex")}@example.net`;
const file = (body: Record<string, unknown>) =>
  fetch(`${appUrl()}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const valid = (email: string) => ({ type: "access", email, fullName: "Vic Victim", locale: "en" });

// The running instance has the default quota (INTAKE_LIMIT_PER_EMAIL_PER_DAY = 5).
const QUOTA = env().INTAKE_LIMIT_PER_EMAIL_PER_DAY;

describe("the per-e-mail intake quota", () => {
  it("cannot be used up by a stranger: invalid bodies and unverified requests with someone's address do not lock them out", async () => {
    const email = victim();
    // Invalid bodies with the victim's address: refused for what they are, counted nowhere.
    for (let i = 0; i <= QUOTA; i++) {
      const res = await file({ type: "access", email, locale: "en" });
      expect(res.status).toBe(400);
    }
    // Valid requests the stranger cannot verify (they do not read the victim's mailbox): accepted, unverified.
    for (let i = 0; i <= QUOTA; i++) {
      const res = await file(valid(email));
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ status: "unverified" });
    }
    // The real person files and verifies.
    const mine = await file({ ...valid(email), type: "erasure" });
    expect(mine.status).toBe(202);
    const { id, reference } = (await mine.json()) as { id: string; reference: string };
    const mail = await waitForMail(email, new RegExp(reference));
    await expect(verifyByCode(id, extractCode(mail.text))).resolves.toMatchObject({ statusToken: expect.any(String) });
  });

  it("stops the mailbox owner after QUOTA verified requests in a day, with Retry-After, filing nothing", async () => {
    const email = victim();
    const ids: string[] = [];
    for (let i = 0; i < QUOTA; i++) {
      const res = await file(valid(email));
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { id: string }).id);
    }
    // Verified, as the owner would by code (the quota reads verified_at).
    await db().update(requests).set({ status: "new", verifiedAt: new Date() }).where(inArray(requests.id, ids));
    // Their verification mails have all arrived before counting what comes next.
    await waitForMailWhere(email, (_m, all) => all.length >= QUOTA);
    const before = (await listDevMail(db(), { to: email })).length;

    const over = await file({ ...valid(email), type: "erasure" });
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ error: { code: "rate_limited" } });
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await listDevMail(db(), { to: email })).toHaveLength(before);
    const rows = await db()
      .select({ id: requests.id })
      .from(requests)
      .where(eq(requests.emailBidx, (await bidxOf(ids[0]!))!));
    expect(rows).toHaveLength(QUOTA);
  });
});

async function bidxOf(id: string) {
  const [row] = await db().select({ bidx: requests.emailBidx }).from(requests).where(eq(requests.id, id));
  return row?.bidx;
}
