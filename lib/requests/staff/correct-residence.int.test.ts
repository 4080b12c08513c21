import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, requests } from "@/lib/db/schema";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { correctResidence, correctResidenceInput } from "./correct-residence";

let dpo: { id: string };

beforeAll(async () => {
  dpo = await upsertStaff(db(), {
    email: `dpo.${randomBytes(3).toString("hex")}@t.test`,
    name: "Regime DPO",
    role: "dpo",
    passwordHash: await hashPassword("unused-password"),
  });
});
afterAll(() => closeDb());

/** A letter from a German resident to the (default, French) controller, received on 3 September 2025. */
async function germanLetter() {
  const email = `de.${randomBytes(4).toString("hex")}@example.net`;
  const out = await submitStaffRequest(
    {
      type: "access",
      email,
      fullName: "Greta Grenzgänger",
      locale: "en",
      jurisdiction: "DE",
      channel: "letter",
      receivedAt: "2025-09-03T10:00:00+02:00",
    },
    { id: dpo.id, role: "dpo" },
  );
  const [row] = await db().select().from(requests).where(eq(requests.id, out.id));
  return { out, row: row! };
}

describe("the jurisdiction model through the real intake", () => {
  it("a German resident writing to a French controller is due on 3 October 2025 (French holidays, Paris time)", async () => {
    const { out, row } = await germanLetter();
    expect(out.dueDate).toBe("2025-10-03");
    expect(row).toMatchObject({
      jurisdiction: "DE",
      regime: "GDPR",
      controllerCountry: "FR",
      controllerTimeZone: "Europe/Paris",
      firstDueDate: "2025-10-03",
      dueDate: "2025-10-03",
    });
  });

  it("staff correct the residence with a reason: regime and due date recomputed, one audit entry", async () => {
    const { row } = await germanLetter();
    const input = correctResidenceInput.parse({
      requestId: row.id,
      expectedVersion: String(row.version),
      jurisdiction: "us-ca",
      reason: "The letter came from a Los Angeles address; the customer lives in California.",
    });
    const { request: updated } = await correctResidence(input, dpo.id);
    // CCPA: 45 calendar days from the Paris receipt date, no roll-forward.
    expect(updated).toMatchObject({
      jurisdiction: "US-CA",
      regime: "CCPA",
      controllerCountry: "FR",
      firstDueDate: "2025-10-18",
      dueDate: "2025-10-18",
      version: row.version + 1,
    });
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, row.id), eq(auditLog.action, "request.regime_corrected")));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorId).toBe(dpo.id);
    expect(entries[0]!.payload).toMatchObject({
      reason: "The letter came from a Los Angeles address; the customer lives in California.",
      from: { jurisdiction: "DE", regime: "GDPR", dueDate: "2025-10-03" },
      to: { jurisdiction: "US-CA", regime: "CCPA", dueDate: "2025-10-18" },
      controllerCountry: "FR",
    });
  });

  it("refuses a stale version, the same residence, and a missing reason", async () => {
    const { row } = await germanLetter();
    const base = { requestId: row.id, reason: "Customer wrote that they moved to Zurich last year." };
    await expect(
      correctResidence(correctResidenceInput.parse({ ...base, jurisdiction: "CH", expectedVersion: 99 }), dpo.id),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      correctResidence(correctResidenceInput.parse({ ...base, jurisdiction: "DE" }), dpo.id),
    ).rejects.toMatchObject({ code: "invalid_request" });
    expect(correctResidenceInput.safeParse({ ...base, jurisdiction: "CH", reason: "moved" }).success).toBe(false);
    expect(correctResidenceInput.safeParse({ ...base, jurisdiction: "XX" }).success).toBe(false);
    const [unchanged] = await db().select().from(requests).where(eq(requests.id, row.id));
    expect(unchanged).toMatchObject({ jurisdiction: "DE", dueDate: "2025-10-03", version: row.version });
  });
});

describe("an extended request corrected to a law without extension (QA F10)", () => {
  it("is corrected all the same: the extension is dropped, the due date is that law's own, the audit says so", async () => {
    const { row } = await germanLetter();
    // Extended under the GDPR (three months from receipt: 3 December 2025).
    await db()
      .update(requests)
      .set({
        extendedAt: new Date("2025-09-20T09:00:00Z"),
        extensionReason: "Complex request",
        extendedDueDate: "2025-12-03",
        dueDate: "2025-12-03",
      })
      .where(eq(requests.id, row.id));
    const input = correctResidenceInput.parse({
      requestId: row.id,
      jurisdiction: "BR",
      reason: "The customer lives in São Paulo; the letter was forwarded by our French office.",
    });
    const { request: updated } = await correctResidence(input, dpo.id);
    // LGPD art. 19, II: access within 15 days of the request (received 3 September 2025 in Paris).
    expect(updated).toMatchObject({
      jurisdiction: "BR",
      regime: "LGPD",
      extendedAt: null,
      extensionReason: null,
      extendedDueDate: null,
      dueDate: "2025-09-18",
    });
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, row.id), eq(auditLog.action, "request.regime_corrected")));
    expect(entry!.payload).toMatchObject({
      from: { regime: "GDPR", dueDate: "2025-12-03" },
      to: { regime: "LGPD", dueDate: "2025-09-18" },
      extensionDropped: { reason: "Complex request" },
    });
  });
});

describe("drizzle/0009 backfill", () => {
  it("records each legacy row's own jurisdiction calendar, so its due date does not move", async () => {
    const { row } = await germanLetter();
    await db()
      .update(requests)
      .set({ controllerCountry: null, controllerTimeZone: null })
      .where(eq(requests.id, row.id));
    const file = path.resolve(__dirname, "../../../drizzle/0009_backfill_controller_calendar.sql");
    await db().execute(sql.raw(readFileSync(file, "utf8")));
    const [after] = await db().select().from(requests).where(eq(requests.id, row.id));
    // Filed before the model, the German row was counted in the German calendar: it keeps it.
    expect(after).toMatchObject({ controllerCountry: "DE", controllerTimeZone: "Europe/Berlin" });
  });
});
