import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailIndex } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests } from "@/lib/db/schema";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { apiKeyWith, callApi } from "@/scripts/test-support/api-client";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { POST as publicIntake } from "./route";
import { POST as createStaffChannel } from "./staff-channel/route";

const tag = () => randomBytes(4).toString("hex");
const path = "/api/v1/requests";
const body = (type: string, jurisdiction: string, extra: Record<string, unknown> = {}) => ({
  type,
  jurisdiction,
  email: `rights.${jurisdiction.toLowerCase()}.${tag()}@example.net`,
  fullName: "Robin Rights",
  locale: "en",
  ...extra,
});
/** The rows stored for an e-mail address (its blind index), whatever their type. */
const rowsFor = (email: string) =>
  db()
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.emailBidx, emailIndex(email)));

/** The payload of a request's `request.submitted` audit entry. */
async function submittedPayload(requestId: string) {
  const [entry] = await db()
    .select({ payload: auditLog.payload })
    .from(auditLog)
    .where(and(eq(auditLog.requestId, requestId), eq(auditLog.action, "request.submitted")));
  return entry?.payload;
}

let writeKey: { secret: string };
beforeAll(async () => {
  writeKey = await apiKeyWith(["requests:write"]);
});
afterAll(() => closeDb());

describe("POST /api/v1/requests: a right the law of the residence does not grant", () => {
  it("is 422 right_not_granted naming the field `type`, and nothing is stored (with or without an Idempotency-Key)", async () => {
    const cases = [
      body("portability", "CA"), // PIPEDA: no portability
      body("restriction", "US-CA", { restrictionGround: "legal_claims" }), // CCPA: no GDPR restriction
      body("objection", "US-CA", { objectionScope: "other" }),
    ];
    for (const [i, b] of cases.entries()) {
      const headers = i === 0 ? { "idempotency-key": `rights-${tag()}` } : undefined;
      const res = await callApi(publicIntake, { path, body: b, headers });
      expect(res.status).toBe(422);
      const error = (res.json as { error: { code: string; message: string; fields: Record<string, string> } }).error;
      expect(error.code).toBe("right_not_granted");
      expect(error.message).toContain(`(${b.jurisdiction},`);
      expect(error.fields.type).toMatch(new RegExp(`^is not a right under the law of ${b.jurisdiction} \\(`));
      expect(await rowsFor(b.email)).toEqual([]);
    }
  });

  it("files what the law grants: a Swiss restriction (nFADP art. 32), a Canadian objection (PIPEDA 4.3.8)", async () => {
    for (const b of [
      body("restriction", "CH", { restrictionGround: "accuracy_contested" }),
      body("objection", "CA", { objectionScope: "direct_marketing" }),
    ]) {
      const res = await callApi(publicIntake, { path, body: b });
      expect(res.status).toBe(202);
      expect(await rowsFor(b.email)).toHaveLength(1);
    }
  });
});

describe("the staff channels record it all the same, and it may be refused on that ground", () => {
  it("files a Canadian's portability letter, audited as not granted; refusable as right_not_granted, a GDPR one is not", async () => {
    const letter = (type: string, jurisdiction: string) => ({
      ...body(type, jurisdiction),
      channel: "letter",
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      identityMethod: "known_account",
    });
    const staffPath = `${path}/staff-channel`;
    const filed = await callApi(createStaffChannel, {
      path: staffPath,
      secret: writeKey.secret,
      body: letter("portability", "CA"),
    });
    expect(filed.status).toBe(201);
    expect(filed.json.data).toMatchObject({ rightGranted: false });
    const canadian = (filed.json.data as { id: string }).id;
    expect(await submittedPayload(canadian)).toMatchObject({ type: "portability", rightNotGranted: true });

    const french = await callApi(createStaffChannel, {
      path: staffPath,
      secret: writeKey.secret,
      body: letter("portability", "FR"),
    });
    expect(french.json.data).toMatchObject({ rightGranted: true });
    const frenchId = (french.json.data as { id: string }).id;
    expect(await submittedPayload(frenchId)).not.toHaveProperty("rightNotGranted");

    const dpo = await testStaff("dpo");
    const refuse = (requestId: string) =>
      db().transaction((tx) =>
        runTransition(tx, {
          requestId,
          actor: dpo,
          action: {
            type: "refuse",
            reasonCode: "right_not_granted",
            reasonText: "PIPEDA has no right to portability.",
          },
        }),
      );
    await expect(refuse(frenchId)).rejects.toMatchObject({ code: "reason_required" });
    await refuse(canadian);
    const rows = await db()
      .select({ id: requests.id, status: requests.status, code: requests.refusalReasonCode })
      .from(requests)
      .where(inArray(requests.id, [canadian, frenchId]));
    expect(rows.find((r) => r.id === canadian)).toMatchObject({ status: "rejected", code: "right_not_granted" });
    expect(rows.find((r) => r.id === frenchId)).toMatchObject({ status: "new", code: null });
  });
});
