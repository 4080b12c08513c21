import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findAppealOfRequest } from "@/lib/db/queries/appeals";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { waitForMail } from "@/scripts/test-support/mailbox";
import { appealHandles, staffFiledAccess } from "@/scripts/test-support/staff-filed";
import { subjectAppealView } from "./appeal-view";
import { appendAudit } from "@/lib/audit/append";
import { loadWorkspace } from "@/lib/requests/staff/workspace";
import { decideAppeal } from "./decide-appeal";
import { fileAppeal } from "./file-appeal";

/**
 * A Virginia request completed with part refused (records withheld from the access package) is appealable
 * within the window like a refusal; a plain completion is not. The row is closed by SQL (no job queued, so
 * the instance's workers never touch it); the lifecycle's own `complete` sets the same column
 * (lib/domain/lifecycle/rules.ts, partial-refusal.test.ts).
 */
const { dpo, reviewer } = fileStaff({ dpo: "dpo", reviewer: "dpo" });

async function closedVirginiaAccess(to: string, partial: string | null) {
  const id = await staffFiledAccess(dpo, { email: to, fullName: "Vera Partial", jurisdiction: "US-VA" });
  await db().execute(sql`update requests set status = 'completed', outcome = 'completed', closed_at = now(),
    partial_refusal = ${partial} where id = ${id}`);
  // The package review where records were withheld, passed by `reviewer` (a finished step: nothing runs it).
  await db().execute(sql`insert into request_tasks (request_id, operation, status, completed_by, finished_at)
    values (${id}, 'review_package', 'succeeded', ${reviewer.id}, now())`);
  return appealHandles(id);
}

describe("appeal of a partial refusal (US state laws)", () => {
  it("is offered on the status page within the window, filed, acknowledged by mail", async () => {
    const to = `partial.va.${randomBytes(4).toString("hex")}@example.net`;
    const { id, token, zone } = await closedVirginiaAccess(to, "access_withheld");
    const view = (await subjectAppealView(id))!;
    expect(view.openUntil).toBe(addDays(localDateOf(new Date(), zone), 60));
    const { decideBy } = await fileAppeal({ token, reason: "You withheld my support tickets." });
    const appeal = (await findAppealOfRequest(db(), { requestId: id }))!;
    expect(appeal.decideBy).toBe(decideBy);
    // Who withheld the records may not decide the appeal.
    expect(appeal.refusedBy).toBe(reviewer.id);
    await expect(
      decideAppeal({ requestId: id, decision: "denied", reason: "The tickets name other customers." }, reviewer),
    ).rejects.toMatchObject({ code: "same_decider" });
    await waitForMail(to, /We have received your appeal/, 30_000);

    // Staff see which part was refused on the timeline (the completion's audit entry, as `complete` writes it).
    await db().transaction((tx) =>
      appendAudit(tx, {
        actor: { type: "system" },
        action: "request.completed",
        requestId: id,
        payload: { from: "in_review", to: "completed", actorKind: "system", partialRefusal: "access_withheld" },
      }),
    );
    const ws = await loadWorkspace(id, { id: dpo.id, role: "dpo" });
    expect(
      ws!.timeline.some((e) => e.kind === "event" && e.detail?.includes("records withheld from the package")),
    ).toBe(true);
  });

  it("is not offered for a request completed in full", async () => {
    const to = `full.va.${randomBytes(4).toString("hex")}@example.net`;
    const { id, token } = await closedVirginiaAccess(to, null);
    expect((await subjectAppealView(id))!.openUntil).toBeNull();
    await expect(fileAppeal({ token, reason: "I just want to appeal." })).rejects.toMatchObject({
      code: "invalid_request",
    });
  });
});
