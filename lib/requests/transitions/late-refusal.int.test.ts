import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listAuditPage } from "@/lib/db/queries/audit-log";
import { findRequest } from "@/lib/db/queries/requests";
import { parseAuditEntry } from "@/lib/domain/audit-payloads";
import { frenchEmailRequestOf5October } from "@/scripts/test-support/french-email-request";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { runTransition } from "./run-transition";

/*
 * GDPR Art. 12(4): the reasons for not taking action are due "at the latest within one month of receipt of the
 * request"; Art. 12(3)'s extension is for the answer only. A French request received Monday 5 October 2026 and
 * extended (due Tuesday 5 January 2027) must still be refused by Thursday 5 November 2026. Refused on 20 November,
 * it is refused all the same, and the audit entry records the limit, that it had passed, and the provision.
 */
let dpo: { id: string; role: "dpo" };
beforeAll(async () => {
  dpo = (await testStaff("dpo")) as typeof dpo;
});
afterAll(() => closeDb());

const actor = () => ({ kind: "staff" as const, id: dpo.id, role: "dpo" as const });

describe("a refusal after the Art. 12(4) limit of an extended GDPR request", () => {
  it("is not blocked, and its audit entry says the limit (5 Nov 2026) had passed", async () => {
    const id = await frenchEmailRequestOf5October(dpo, { type: "access", locale: "fr", fullName: "Lena Tard" });
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: actor(),
        action: { type: "extend", reason: "Twelve systems to search, two of them archived." },
        now: new Date("2026-10-20T09:00:00+02:00"),
      }),
    );
    expect((await findRequest(db(), { id }))!.dueDate).toBe("2027-01-05");

    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: actor(),
        action: { type: "refuse", reasonCode: "excessive", reasonText: "Fourth identical request this year." },
        now: new Date("2026-11-20T09:00:00+01:00"),
      }),
    );
    expect((await findRequest(db(), { id }))!.status).toBe("rejected");

    const { rows } = await listAuditPage(db(), { filters: { requestId: id, action: "request.refused" } });
    expect(rows).toHaveLength(1);
    const entry = parseAuditEntry(rows[0]!);
    expect(entry.kind).toBe("transition");
    expect(entry.payload).toMatchObject({
      reasonCode: "excessive",
      refusalLimit: "2026-11-05",
      refusalLimitPassed: true,
      refusalLimitCite: "Art. 12(4) GDPR",
    });
  });

  it("refused on the last day, it is in time", async () => {
    const id = await frenchEmailRequestOf5October(dpo, { type: "erasure", locale: "en", fullName: "Juste Atemps" });
    await db().transaction((tx) =>
      runTransition(tx, {
        requestId: id,
        actor: actor(),
        action: { type: "refuse", reasonCode: "exemption", reasonText: "Invoices kept ten years (legal obligation)." },
        now: new Date("2026-11-05T18:00:00+01:00"),
      }),
    );
    const { rows } = await listAuditPage(db(), { filters: { requestId: id, action: "request.refused" } });
    expect(parseAuditEntry(rows[0]!).payload).toMatchObject({ refusalLimit: "2026-11-05", refusalLimitPassed: false });
  });
});
