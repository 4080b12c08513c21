import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailIndex } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { apiKeyWith, callApi } from "@/scripts/test-support/api-client";
import { POST as createStaffChannel } from "./route";

const path = "/api/v1/requests/staff-channel";
let secret: string;
beforeAll(async () => {
  secret = (await apiKeyWith(["requests:write"])).secret;
});
afterAll(() => closeDb());

const letter = (email: string, identity: Record<string, string>) => ({
  type: "access",
  email,
  fullName: "Ada Api",
  locale: "fr",
  channel: "letter",
  receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
  ...identity,
});
const storedFor = (email: string) =>
  db()
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.emailBidx, emailIndex(email)));

describe("POST /api/v1/requests/staff-channel: how the identity was checked", () => {
  it("another kind of check without a note is a 400 naming identityNote, and files nothing (QA F9)", async () => {
    const email = `api.other.${randomBytes(4).toString("hex")}@example.net`;
    const res = await callApi(createStaffChannel, { path, secret, body: letter(email, { identityMethod: "other" }) });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      code: "reason_required",
      errors: [{ field: "identityNote", reason: "say how the identity was checked" }],
    });
    expect(await storedFor(email)).toEqual([]);
    const noted = await callApi(createStaffChannel, {
      path,
      secret,
      body: letter(email, {
        identityMethod: "other",
        identityNote: "Signed letter matched the account's postal address",
      }),
    });
    expect(noted.status).toBe(201);
    expect(await storedFor(email)).toHaveLength(1);
  });
});
