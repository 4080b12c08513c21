import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDrpClaims } from "@/lib/db/queries/drp";
import { destroySubjectData } from "@/lib/db/queries/retention";
import { drpRequests, requests } from "@/lib/db/schema";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { POST as exercise } from "@/app/api/drp/v1/data-rights-request/route";
import { callDrp } from "@/scripts/test-support/drp-agent";
import { drpTestBusiness } from "@/scripts/test-support/drp-business";

const drp = drpTestBusiness();
const { agent, consumer } = drp;

/**
 * QA F5/F26: what an agent sends about the consumer is kept as data, not as an English sentence in the
 * request's details, so each staff member reads it in their language; the phone and address are encrypted.
 */
describe("Data Rights Protocol: what the agent sent about the consumer", () => {
  it("is kept as encrypted data, not in the details, reads back whole, and is forgotten with the subject data", async () => {
    const res = await callDrp(exercise, {
      method: "POST",
      path: "/v1/data-rights-request",
      token: drp.token,
      body: agent.sign(
        consumer({
          phone_number: "+1 510 555 0142",
          phone_number_verified: true,
          address: { street_address: "12 Lake Shore Ave", locality: "Oakland", region: "CA", postal_code: "94610" },
          power_of_attorney: "https://agent.example/poa/123",
        }),
      ),
    });
    expect(res.status).toBe(200);
    const requestId = res.json!.request_id as string;

    // The request's free text is left for what a person writes.
    const [row] = await db().select().from(requests).where(eq(requests.id, requestId));
    expect(row!.detailsEnc).toBeNull();
    expect(decryptSubjectFields(row!).details).toBeNull();

    // At rest: one encrypted value, no phone or street in clear.
    const [link] = await db().select().from(drpRequests).where(eq(drpRequests.requestId, requestId));
    expect(link!.claimsEnc).toMatch(/^v1\./);
    for (const clear of ["555 0142", "Lake Shore", "Oakland", "poa/123"]) expect(link!.claimsEnc).not.toContain(clear);

    expect(await findDrpClaims(db(), { requestId })).toEqual({
      regime: "ccpa",
      relationships: ["customer"],
      phone: "+1 510 555 0142",
      address: { street_address: "12 Lake Shore Ave", locality: "Oakland", region: "CA", postal_code: "94610" },
      verified: ["email", "phone_number"],
      powerOfAttorney: "https://agent.example/poa/123",
    });

    // Minimised under the retention policy: the claims go, the agent's link (and its status) stays.
    await db().transaction((tx) => destroySubjectData(tx, { id: requestId, now: new Date() }));
    expect(await findDrpClaims(db(), { requestId })).toBeNull();
    const [kept] = await db().select().from(drpRequests).where(eq(drpRequests.requestId, requestId));
    expect(kept).toMatchObject({ requestId, claimsEnc: null, exercise: "deletion" });
  });
});
