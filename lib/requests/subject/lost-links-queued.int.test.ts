import { randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { unsealJson } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, outbox } from "@/lib/db/schema";
import { extractCode, waitForMail } from "@/scripts/test-support/mailbox";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { requestLostLinks } from "./send-lost-links";

afterAll(() => closeDb());

const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomBytes(3).toString("hex")}`;
const lastOutboxId = async () =>
  (
    await db()
      .select({ max: sql<number>`coalesce(max(${outbox.id}), 0)::bigint` })
      .from(outbox)
  )[0]!.max;

/** The outbox rows written since `after` that concern `to` (the lost-links job carries it sealed). */
async function rowsFor(to: string, after: number) {
  const rows = await db()
    .select()
    .from(outbox)
    .where(gt(outbox.id, Number(after)));
  return rows.filter((r) => {
    const p = r.payload as { sealed?: string };
    if (r.jobName !== "subject.lost-links" || !p.sealed) return false;
    return (unsealJson(p.sealed) as { email: string }).email === to;
  });
}

it("the request path writes the same one outbox row for a known and an unknown address; the job sends the mail", async () => {
  const known = email("known");
  const filed = await submitRequest(
    { type: "access", email: known, fullName: "Kim Known", locale: "en" },
    { channel: "portal", actor: { type: "subject" } },
  );
  await verifyByCode(filed.id, extractCode((await waitForMail(known, new RegExp(filed.reference))).text));
  const unknown = email("unknown");
  const resent = () =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, filed.id), eq(auditLog.action, "request.status_link_resent")));

  const start = await lastOutboxId();
  await requestLostLinks({ email: known, ip: ip() });
  // Nothing about the known request was done in the request path: no audit entry, no mail yet.
  expect(await resent()).toHaveLength(0);
  await requestLostLinks({ email: unknown, ip: ip() });

  const [forKnown] = await rowsFor(known, start);
  const [forUnknown] = await rowsFor(unknown, start);
  const shape = (r: typeof forKnown) => ({
    queue: r!.queue,
    jobName: r!.jobName,
    keys: Object.keys(r!.payload as object).sort(),
  });
  expect(shape(forKnown)).toEqual(shape(forUnknown));
  expect(shape(forKnown)).toMatchObject({
    queue: "mail",
    jobName: "subject.lost-links",
    keys: ["requestedAt", "sealed"],
  });
  // The address is sealed, not in clear.
  expect(JSON.stringify(forKnown!.payload)).not.toContain(known);

  // The job (run by the workers) finds the request and mails its status link.
  const mail = await waitForMail(known, /The link to follow your request/);
  expect(mail.subject).toContain(filed.reference);
  expect(await resent()).toHaveLength(1);
});
