import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emailIndex } from "@/lib/crypto/env-keys";
import { closeDb, db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { callApi } from "@/scripts/test-support/api-client";
import { POST as publicIntake } from "./route";

afterAll(() => closeDb());

const rowFor = async (email: string) =>
  (
    await db()
      .select()
      .from(requests)
      .where(eq(requests.emailBidx, emailIndex(email)))
  )[0];

describe("POST /api/v1/requests from a person living outside the places listed (QA F14)", () => {
  it("files OTHER under the law of the controller's establishment (a French shop: the GDPR, Art. 3(1))", async () => {
    const email = `elsewhere.${randomBytes(4).toString("hex")}@example.jp`;
    const res = await callApi(publicIntake, {
      path: "/api/v1/requests",
      body: { type: "erasure", jurisdiction: "other", email, fullName: "Haruki Elsewhere", locale: "en" },
    });
    expect(res.status).toBe(202);
    const row = await rowFor(email);
    expect(row).toMatchObject({ jurisdiction: "OTHER", regime: "GDPR" });
    // The GDPR's rights, not a subset: a restriction (Art. 18) is filed too.
    const restriction = `elsewhere.${randomBytes(4).toString("hex")}@example.jp`;
    const filed = await callApi(publicIntake, {
      path: "/api/v1/requests",
      body: {
        type: "restriction",
        jurisdiction: "OTHER",
        email: restriction,
        fullName: "Haruki Elsewhere",
        locale: "en",
        restrictionGround: "accuracy_contested",
      },
    });
    expect(filed.status).toBe(202);
  });

  it("still refuses a code that is neither listed nor OTHER, saying what to send", async () => {
    const res = await callApi(publicIntake, {
      path: "/api/v1/requests",
      body: { type: "access", jurisdiction: "JP", email: "jp@example.jp", fullName: "Jun", locale: "en" },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json)).toContain("OTHER for another country");
  });
});
