import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { frenchEmailRequestOf5October } from "@/scripts/test-support/french-email-request";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { apiKeyWith, callApi } from "@/scripts/test-support/api-client";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { GET as getDeadline } from "./[id]/deadline/route";

afterAll(() => closeDb());

/*
 * GDPR Art. 12(4): the reasons for not taking action are due within one month of receipt; the extension of
 * Art. 12(3) moves the answer only. An integrator reads both dates: a French request received Monday 5 October
 * 2026 and extended is due 5 January 2027, its refusal still 5 November 2026.
 */
describe("GET /api/v1/requests/{id}/deadline: the refusal's own limit", () => {
  it("stays one month from receipt when the deadline is extended, with its provision in the asked language", async () => {
    const dpo = await testStaff("dpo");
    const id = await frenchEmailRequestOf5October(dpo, { type: "access", locale: "fr", fullName: "Lena Tard" });
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: { kind: "staff", id: dpo.id, role: "dpo" },
        action: { type: "extend", reason: "Twelve systems to search, two of them archived." },
        now: new Date("2026-10-20T09:00:00+02:00"),
      }),
    );
    const key = await apiKeyWith(["requests:read"]);
    for (const [locale, cite] of [
      ["fr", "article 12, paragraphe 4, du RGPD"],
      ["en", "Art. 12(4) GDPR"],
    ]) {
      const res = await callApi(getDeadline, {
        path: `/api/v1/requests/${id}/deadline?locale=${locale}`,
        secret: key.secret,
        params: { id },
      });
      expect(res.status).toBe(200);
      expect(res.json.data).toMatchObject({
        dueDate: "2027-01-05",
        refusalDueDate: "2026-11-05",
        refusalCite: cite,
      });
    }
  });
});
