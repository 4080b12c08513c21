import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { requests } from "@/lib/db/schema";
import { extractLink, waitForMail } from "@/scripts/test-support/mailbox";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import { loadLifecycleContext } from "./lifecycle-context";
import { runTransition } from "./run-transition";

let dpo: { id: string };
beforeAll(async () => {
  dpo = await upsertStaff(db(), {
    email: `dpo.${randomBytes(3).toString("hex")}@t.test`,
    name: "T DPO",
    role: "dpo",
    passwordHash: await hashPassword("unused-password"),
  });
});
afterAll(() => closeDb());

/** A verified request, asked a question two days after receipt and answered two days later (same hour). */
async function askedAndAnswered(jurisdiction: string) {
  const to = `uk.${randomBytes(4).toString("hex")}@example.net`;
  const { id } = await submitRequest(
    { type: "access", email: to, fullName: "Uma Kingdom", locale: "en", jurisdiction },
    { channel: "portal", actor: { type: "subject" } },
  );
  const token = new URL(extractLink((await waitForMail(to)).text, "/en/verify")).searchParams.get("token")!;
  await verifyByToken(token);
  const staff = { kind: "staff" as const, id: dpo.id, role: "dpo" as const };
  await db().transaction((tx) => runTransition(tx, { requestId: id, actor: staff, action: { type: "start" } }));
  const [row] = await db().select().from(requests).where(eq(requests.id, id));
  // Noon UTC is the same local day in London and Paris.
  const day = new Date(row!.receivedAt);
  day.setUTCHours(12, 0, 0, 0);
  const askAt = new Date(day.getTime() + 2 * 86_400_000);
  const replyAt = new Date(askAt.getTime() + 2 * 86_400_000);
  const ask = { type: "ask_subject" as const, message: "Which of your two accounts?" };
  await db().transaction((tx) => runTransition(tx, { requestId: id, actor: staff, action: ask, now: askAt }));
  await db().transaction((tx) =>
    runTransition(tx, { requestId: id, actor: { kind: "subject" }, action: { type: "subject_replied" }, now: replyAt }),
  );
  const [after] = await db().select().from(requests).where(eq(requests.id, id));
  return (await loadLifecycleContext(db(), after!, replyAt)).deadline;
}

it("UK GDPR Art. 12A: a question asked on day D and answered on D + 2 stops the clock for 3 days (both days left out); EU GDPR for 2", async () => {
  const uk = await askedAndAnswered("GB");
  expect(uk.regime).toBe("UK_GDPR");
  expect(uk.pausedDays).toBe(3);
  expect(uk.explanation.en.join(" ")).toContain("3 days (both days included, UK GDPR Art. 12A)");
  const eu = await askedAndAnswered("FR");
  expect(eu.pausedDays).toBe(2);
});
