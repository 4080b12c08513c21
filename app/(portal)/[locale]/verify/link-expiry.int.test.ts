import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import { extractLink, waitForMail } from "@/scripts/test-support/mailbox";
import { formOf } from "@/scripts/test-support/form";
import { confirmByLink } from "./actions";

afterAll(() => closeDb());

/** Files a request and returns the token of the confirmation link mailed to the subject. */
async function filed() {
  const to = `expiry.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email: to, fullName: "Lena Link", locale: "en" },
    { channel: "portal", actor: { type: "subject" } },
  );
  const token = new URL(extractLink((await waitForMail(to)).text, "/en/verify")).searchParams.get("token")!;
  return { id, token };
}

/** Moves the request and its link back in time, as if it had been filed `interval` ago. */
async function age(id: string, interval: string) {
  await db().execute(sql`update request_verifications
    set created_at = created_at - ${interval}::interval, token_expires_at = token_expires_at - ${interval}::interval
    where request_id = ${id}`);
  await db().execute(sql`update requests set received_at = received_at - ${interval}::interval where id = ${id}`);
}

/** The page's "Confirm" button: the action answers with a redirect, which Next throws. Returns where to. */
async function pressConfirm(token: string): Promise<string> {
  try {
    await confirmByLink(formOf({ locale: "en", token }));
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2]!;
    throw err;
  }
  throw new Error("the action did not redirect");
}

const statusOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!.status;

describe("the 72-hour confirmation link", () => {
  it("is issued for exactly 72 hours", async () => {
    const { id } = await filed();
    const { rows } = await db().execute<{ hours: number }>(
      sql`select extract(epoch from token_expires_at - created_at) / 3600 as hours from request_verifications where request_id = ${id}`,
    );
    expect(Number(rows[0]!.hours)).toBeCloseTo(72, 2);
  });

  it("older than 72 hours: refused as expired, the page says so in the subject's language, and the request stays unconfirmed", async () => {
    const { id, token } = await filed();
    await age(id, "72 hours 1 minute");

    const to = await pressConfirm(token);
    expect(to).toBe(`/en/verify?token=${encodeURIComponent(token)}&error=verification_expired`);
    await expect(verifyByToken(token)).rejects.toMatchObject({
      code: "verification_expired",
      message: "This confirmation link has expired. Please file your request again.",
    });
    expect(await statusOf(id)).toBe("unverified");
    const actions = (await db().select().from(auditLog).where(eq(auditLog.requestId, id))).map((a) => a.action);
    expect(actions).not.toContain("request.verified");

    const page = await fetch(`${appUrl()}${to}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      "This link or code has expired. Ask for a new code, or file your request again.",
    );
  });

  it("just under 72 hours old: confirms the request and opens its status page", async () => {
    const { id, token } = await filed();
    await age(id, "71 hours 59 minutes");

    const to = await pressConfirm(token);
    expect(to).toMatch(/^\/en\/status\/[^/?]+\?verified=1$/);
    expect(await statusOf(id)).toBe("new");
  });
});
