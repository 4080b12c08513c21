import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { computeDeadline, requestController, todayForRequest } from "@/lib/domain/deadline";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { extractCode, waitForMail } from "@/scripts/test-support/mailbox";
import { verifyByCode } from "./verify-email";
import { isOverdue } from "@/lib/domain/overdue";
import { formatMailDate } from "@/lib/mail/templates/format";

const DAY = 86_400_000;
const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
let agent: { id: string; role: "agent" };

beforeAll(async () => {
  agent = (await testStaff("agent")) as typeof agent;
});
afterAll(() => closeDb());

/** A letter received 40 days ago from a resident of `jurisdiction`, entered now by an agent. */
function letterOf40DaysAgo(to: string, jurisdiction: string, identity: Record<string, string> = {}) {
  return submitStaffRequest(
    {
      type: "access",
      email: to,
      fullName: "Sam Post",
      locale: "en",
      jurisdiction,
      channel: "letter",
      receivedAt: new Date(Date.now() - 40 * DAY).toISOString(),
      ...identity,
    },
    agent,
  );
}
const rowOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;

/** The due dates a request received at `at` would have in this row's controller calendar. */
function datesFrom(row: Awaited<ReturnType<typeof rowOf>>, at: Date) {
  const controller = requestController(row);
  return computeDeadline({
    jurisdiction: row.jurisdiction,
    controller: controller.country,
    timeZone: controller.timeZone,
    receivedAt: at,
  });
}

describe("UK GDPR Art. 12A(2): the month runs from the latest of the receipt and the identity information asked for", () => {
  it("a UK letter received 40 days ago and confirmed today is due one month from today; the mail promises that date", async () => {
    const to = email("uk-letter");
    const enteredAt = new Date();
    const { id } = await letterOf40DaysAgo(to, "GB");
    // While the confirmation is awaited the month has not begun: the row holds the date the mail promises, so the
    // queue, the dashboard and the deadline sweep do not call it overdue (they did, and escalated it at once).
    const waiting = await rowOf(id);
    expect(waiting.status).toBe("unverified");
    expect(waiting.dueDate).toBe(datesFrom(waiting, enteredAt).firstDueDate);
    expect(isOverdue(waiting, todayForRequest(enteredAt, waiting))).toBe(false);
    const verification = await waitForMail(to, /Confirm your request/);
    expect(verification.text).toContain(`we will answer by ${formatMailDate(waiting.dueDate, "en")}`);
    // The clock has not started: the mail promises a date from a confirmation today, not "already passed".
    expect(verification.text).toContain("we will answer by");
    expect(verification.text).not.toContain("already passed");
    const code = extractCode(verification.text);
    const confirmedAt = new Date();
    await verifyByCode(id, code, confirmedAt);

    const row = await rowOf(id);
    const fromIdentity = datesFrom(row, confirmedAt);
    expect(row.status).toBe("new");
    expect(row.firstDueDate).toBe(fromIdentity.firstDueDate);
    expect(row.dueDate).toBe(fromIdentity.firstDueDate);
    expect(row.firstDueDate > todayForRequest(confirmedAt, row)).toBe(true);
    // Receipt, not identity, would have made it overdue already.
    expect(datesFrom(row, row.receivedAt).firstDueDate < todayForRequest(confirmedAt, row)).toBe(true);

    const ack = await waitForMail(to, /We have received your request/);
    expect(ack.text).toContain("at the latest");
    expect(ack.text).not.toContain("already passed");
  });

  it("a French resident's letter keeps its clock from the receipt (GDPR Art. 12(3)): confirmed today, it is overdue", async () => {
    const to = email("fr-letter");
    const { id } = await letterOf40DaysAgo(to, "FR");
    const verification = await waitForMail(to, /Confirm your request/);
    expect(verification.text).toContain("already passed");
    const code = extractCode(verification.text);
    const confirmedAt = new Date();
    await verifyByCode(id, code, confirmedAt);
    const row = await rowOf(id);
    expect(row.firstDueDate).toBe(datesFrom(row, row.receivedAt).firstDueDate);
    expect(row.dueDate < todayForRequest(confirmedAt, row)).toBe(true);
  });

  it("a UK letter whose identity staff checked at entry asked the person for nothing: its clock runs from the receipt", async () => {
    const to = email("uk-checked");
    const { id } = await letterOf40DaysAgo(to, "GB", { identityMethod: "known_account" });
    const row = await rowOf(id);
    expect(row.status).toBe("new");
    expect(row.firstDueDate).toBe(datesFrom(row, row.receivedAt).firstDueDate);
  });
});
