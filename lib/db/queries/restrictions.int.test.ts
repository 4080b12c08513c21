import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestTasks } from "@/lib/db/schema";
import { cancelLift } from "@/lib/fulfilment/decisions/cancel-lift";
import { liftRestriction } from "@/lib/fulfilment/decisions/lift-restriction";
import { replyAsSubject } from "@/lib/requests/subject/reply-as-subject";
import { giveStatusLink } from "@/scripts/test-support/status-link";
import { recoverSteps } from "@/lib/fulfilment/engine/recover-steps";
import {
  freshShopCustomer,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { listRestrictionsInForce, type RestrictionInForce } from "./restrictions";

/** Needs the instance's workers (DSR_RUNTIME_ENV): they run the restrict and lift steps. */
const { dpo, agent } = fileStaff({ dpo: "dpo", agent: "agent" });

/** Walks every page of the register (keyset on since, then reference) and returns the row of `requestId`. */
async function inRegister(requestId: string): Promise<RestrictionInForce | undefined> {
  let after: string | null = null;
  let previousLast: RestrictionInForce | undefined;
  for (let i = 0; i < 200; i++) {
    const page: Awaited<ReturnType<typeof listRestrictionsInForce>> = await listRestrictionsInForce(db(), {
      after,
      limit: 20,
    });
    // Most recently restricted first, on every page and across pages.
    const sinces = page.rows.map((r) => r.since.getTime());
    expect(sinces).toEqual([...sinces].sort((a, b) => b - a));
    const hit = page.rows.find((r) => r.requestId === requestId);
    if (hit) return hit;
    if (!page.next) return undefined;
    if (previousLast) expect(page.rows.every((r) => r.since <= previousLast!.since)).toBe(true);
    previousLast = page.rows[page.rows.length - 1];
    expect(page.next).not.toBe(after);
    after = page.next;
  }
  return undefined;
}

describe("the register of restrictions in force", () => {
  it("lists a restriction once in place (systems, since, ground), shows the announced lift, drops it once lifted", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "restriction", email: customer.email, restrictionGround: "legal_claims" });
    expect(await inRegister(id)).toBeUndefined();

    await startRequest(id, agent);
    await waitForRequestStatus(id, "completed");
    const row = await inRegister(id);
    expect(row).toMatchObject({ status: "completed", ground: "legal_claims", liftNotice: null });
    expect(row!.systems.length).toBeGreaterThan(0);
    const [restrict] = await db()
      .select()
      .from(requestTasks)
      .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "restrict")));
    expect(row!.since.getTime()).toBeLessThanOrEqual(restrict!.finishedAt!.getTime());
    // One row a page: the keyset (since to the microsecond, then reference) neither repeats nor skips a row.
    const whole = await listRestrictionsInForce(db(), { limit: 100 });
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < whole.rows.length + 1; i++) {
      const page: Awaited<ReturnType<typeof listRestrictionsInForce>> = await listRestrictionsInForce(db(), {
        after,
        limit: 1,
      });
      walked.push(...page.rows.map((r) => r.requestId));
      if (!page.next) break;
      after = page.next;
    }
    if (!whole.next) expect(walked).toEqual(whole.rows.map((r) => r.requestId));
    // A cursor just after this row's "since": the row (restricted then) is on the page after it, not before.
    const micro = (row!.since.getTime() + 1).toString();
    const later = new Date(Number(micro)).toISOString().replace("Z", "000Z");
    const fromLater = await listRestrictionsInForce(db(), { after: `${later}|DSR-0000-000`, limit: 100 });
    expect(fromLater.rows.every((r) => r.since.getTime() <= Number(micro))).toBe(true);
    if (!fromLater.next) expect(fromLater.rows.map((r) => r.requestId)).toContain(id);
    const fromEarlier = await listRestrictionsInForce(db(), {
      after: `${new Date(row!.since.getTime() - 1).toISOString().replace("Z", "000Z")}|DSR-9999-999`,
      limit: 100,
    });
    expect(fromEarlier.rows.map((r) => r.requestId)).not.toContain(id);

    await liftRestriction(dpo.id, { requestId: id, reason: "The legal claim was settled in court last month." });
    // Still in force during the Art. 18(3) notice period, marked as announced.
    expect((await inRegister(id))!.liftNotice).toMatch(/pending|running|waiting/);

    // Instead of waiting out the notice period: its end moved into the past.
    await waitForStep(id, "lift_notice", "waiting");
    await db()
      .update(requestTasks)
      .set({ notBefore: new Date(Date.now() - 60_000) })
      .where(and(eq(requestTasks.requestId, id), eq(requestTasks.operation, "lift_notice")));
    await recoverSteps();
    await waitForStep(id, "lift_restriction", "succeeded");
    expect(await inRegister(id)).toBeUndefined();
  });

  it("flags a person who wrote during the lift notice period, for the latest lift only; a cancelled lift may be lifted again", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "restriction", email: customer.email, restrictionGround: "legal_claims" });
    const token = await giveStatusLink(id);
    await startRequest(id, agent);
    await waitForRequestStatus(id, "completed");
    await liftRestriction(dpo.id, { requestId: id, reason: "The legal claim was settled in court last month." });
    await waitForStep(id, "lift_notice", "waiting");
    expect((await inRegister(id))!.messageDuringLift).toBeNull();

    await replyAsSubject({ token, body: "Please do not lift it: the appeal is still pending." });
    const flagged = await inRegister(id);
    expect(flagged!.messageDuringLift).toBeInstanceOf(Date);
    expect(Date.now() - flagged!.messageDuringLift!.getTime()).toBeLessThan(60_000);

    await cancelLift(dpo.id, { requestId: id });
    // The restriction stays in force, the lift is marked cancelled and the message still shows.
    expect(await inRegister(id)).toMatchObject({
      liftNotice: "skipped",
      messageDuringLift: flagged!.messageDuringLift,
    });

    // A new lift starts a new notice period: the earlier message was read when the first lift was called off.
    await liftRestriction(dpo.id, { requestId: id, reason: "The appeal was dismissed; the claim is closed." });
    const again = await inRegister(id);
    expect(again!.liftNotice).toMatch(/pending|running|waiting/);
    expect(again!.messageDuringLift).toBeNull();
  });
});
