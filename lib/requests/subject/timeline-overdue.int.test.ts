import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { addDays } from "@/lib/domain/deadline/local-date";
import { todayForRequest } from "@/lib/domain/deadline/today-for-request";
import { mailVerifiedRequest } from "@/scripts/test-support/mail-verified";
import { subjectTimeline } from "./timeline";
import { withdrawAsSubject } from "./withdraw-as-subject";

/** QA F19: the status page learns "overdue" from lib/domain/overdue.ts, with "today" in the controller's zone. */
const email = (tag: string) => `${tag}.${randomBytes(4).toString("hex")}@example.net`;
const setRow = (id: string, patch: Partial<typeof requests.$inferInsert>) =>
  db().update(requests).set(patch).where(eq(requests.id, id));

afterAll(() => closeDb());

describe("subjectTimeline: overdue", () => {
  it("is overdue once the due date is before the controller's today, not on the due date itself", async () => {
    const { id, token } = await mailVerifiedRequest({
      type: "access",
      email: email("late"),
      fullName: "La Te",
      locale: "en",
    });
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    const today = todayForRequest(new Date(), row!);
    expect((await subjectTimeline(token))!.overdue).toBe(false);
    await setRow(id, { dueDate: today });
    expect((await subjectTimeline(token))!.overdue).toBe(false);
    await setRow(id, { dueDate: addDays(today, -1) });
    expect((await subjectTimeline(token))!.overdue).toBe(true);
    // A clock stopped while we wait for the person is not overdue (the due date moves when it restarts).
    await setRow(id, { pausedAt: new Date() });
    expect((await subjectTimeline(token))!.overdue).toBe(false);
    await setRow(id, { pausedAt: null });
    // Closed: nothing is late any more.
    await withdrawAsSubject({ token });
    expect((await subjectTimeline(token))!.overdue).toBe(false);
  });
});
