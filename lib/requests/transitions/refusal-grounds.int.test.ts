import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { runTransition } from "./run-transition";

let dpo: { id: string; role: "dpo" };
beforeAll(async () => {
  dpo = (await testStaff("dpo")) as typeof dpo;
});
afterAll(() => closeDb());

async function fileFrom(jurisdiction: string, extra: { type?: "access" | "objection"; objectionScope?: string } = {}) {
  return submitStaffRequest(
    {
      type: extra.type ?? "access",
      ...(extra.objectionScope ? { objectionScope: extra.objectionScope as never } : {}),
      email: `grounds.${randomBytes(4).toString("hex")}@example.net`,
      fullName: "Gro Unds",
      locale: "en",
      jurisdiction,
      channel: "email",
      receivedAt: new Date().toISOString(),
      identityMethod: "known_account",
    },
    dpo,
  );
}
const refuse = (requestId: string, reasonCode: string) =>
  db().transaction((tx) =>
    runTransition(tx, {
      requestId,
      actor: { kind: "staff", id: dpo.id, role: "dpo" },
      action: { type: "refuse", reasonCode: reasonCode as never, reasonText: "Same request answered last week." },
    }),
  );

describe("refusal reasons follow the request's law", () => {
  for (const residence of ["CA", "BR"])
    it(`${residence}: 'manifestly unfounded' is no ground under its law (400 reason_required), an exemption is`, async () => {
      const { id } = await fileFrom(residence);
      await expect(refuse(id, "manifestly_unfounded")).rejects.toMatchObject({ code: "reason_required" });
      await expect(refuse(id, "excessive")).rejects.toMatchObject({ code: "reason_required" });
      expect((await findRequest(db(), { id }))!.status).toBe("new");
      await refuse(id, "exemption");
      expect((await findRequest(db(), { id }))!).toMatchObject({ status: "rejected", refusalReasonCode: "exemption" });
    });

  it("a French resident's manifestly unfounded request may be refused (GDPR Art. 12(5))", async () => {
    const { id } = await fileFrom("FR");
    await refuse(id, "manifestly_unfounded");
    expect((await findRequest(db(), { id }))!.refusalReasonCode).toBe("manifestly_unfounded");
  });

  it("'compelling legitimate grounds' (Art. 21(1)) only refuses a GDPR/UK GDPR objection to other processing than marketing", async () => {
    for (const [residence, extra] of [
      ["FR", {}],
      ["FR", { type: "objection", objectionScope: "direct_marketing" }],
      ["CH", { type: "objection", objectionScope: "other" }],
    ] as const) {
      const { id } = await fileFrom(residence, extra);
      await expect(refuse(id, "compelling_grounds")).rejects.toMatchObject({ code: "reason_required" });
      expect((await findRequest(db(), { id }))!.status).not.toBe("rejected");
    }
    for (const residence of ["FR", "GB"]) {
      const { id } = await fileFrom(residence, { type: "objection", objectionScope: "other" });
      await refuse(id, "compelling_grounds");
      expect((await findRequest(db(), { id }))!.refusalReasonCode).toBe("compelling_grounds");
    }
  });
});
